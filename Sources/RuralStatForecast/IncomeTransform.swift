import Foundation

/// How per-capita income is put on the log scale the household model works on, including
/// incomes of zero or below (operating losses make them real).
///
/// The two choices a back-test compares (see <doc:HouseholdModel>):
///
/// - ``floored(at:)``: s = log(max(pci, f)). Every pci at or below the floor f lands on
///   log f, and the model's `nonpositive` indicator gives those rows their own level. Back on
///   the income scale a simulated value is exp(s) ≥ 0, so a forecast is never negative.
/// - ``shifted(by:)``: s = log(pci + c) with pci floored at −c + 1 yuan, so losses down to
///   −c keep their order. Back on the income scale a value is exp(s) − c and can be negative.
///
/// The default is ``standard``; the back-test on `ruralstat synth` panels that chose it is
/// in the module's article.
public enum IncomeTransform: Sendable, Hashable, CustomStringConvertible {
    /// s = log(max(pci, floor)); `floor` in yuan per person, > 0.
    case floored(at: Double)
    /// s = log(max(pci + shift, 1)); `shift` in yuan per person, > 0.
    case shifted(by: Double)

    /// The default transform: ``floored(at:)`` 100 yuan per person.
    public static let standard = IncomeTransform.floored(at: 100)

    /// The value on the model's scale for a pci in yuan per person.
    @inlinable
    public func forward(_ pci: Double) -> Double {
        switch self {
        case .floored(let floor): log(max(pci, floor))
        case .shifted(let shift): log(max(pci + shift, 1))
        }
    }

    /// The pci in yuan per person for a value on the model's scale.
    @inlinable
    public func inverse(_ value: Double) -> Double {
        switch self {
        case .floored: exp(value)
        case .shifted(let shift): exp(value) - shift
        }
    }

    /// The lowest value on the model's scale: log of the floor, or 0 for a shift
    /// (forward(inverse(s)) = max(s, lowestValue)).
    public var lowestValue: Double {
        switch self {
        case .floored(let floor): log(floor)
        case .shifted: 0
        }
    }

    /// The amount subtracted after exp: 0 for a floor, the shift for a shift
    /// (inverse(s) = exp(s) − shift).
    public var shift: Double {
        switch self {
        case .floored: 0
        case .shifted(let shift): shift
        }
    }

    /// Reads `floor:100` or `shift:1000`, as `--transform` writes it.
    public init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let amount = Double(parts[1]), amount > 0, amount.isFinite else { return nil }
        switch parts[0].lowercased() {
        case "floor": self = .floored(at: amount)
        case "shift": self = .shifted(by: amount)
        default: return nil
        }
    }

    /// `floor:100` or `shift:1000`.
    public var description: String {
        switch self {
        case .floored(let floor): "floor:\(Self.amount(floor))"
        case .shifted(let shift): "shift:\(Self.amount(shift))"
        }
    }

    private static func amount(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
