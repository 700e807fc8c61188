import RuralStatCore

/// A deterministic sample of a panel's households, with all their years, on which a report runs
/// its back-tests when the file is larger than the report's time allows.
///
/// A household is kept when the 64-bit FNV-1a hash of its `household_id` (UTF-8), reduced modulo
/// the number of households, falls below the limit: the choice depends only on the ids, never on
/// the file's order or the machine, so the same file always gives the same sample, and about
/// `limit` households are kept. A panel with at most `limit` households is kept whole.
public struct BacktestSample: Sendable {
    /// The sampled panel (the whole panel when ``isWhole``).
    public let panel: HouseholdPanel
    /// The households of the sample.
    public let households: Int
    /// The households of the whole panel.
    public let totalHouseholds: Int

    /// Whether the sample is the whole panel.
    public var isWhole: Bool { households == totalHouseholds }

    /// Samples `panel` down to about `limit` households.
    public init(_ panel: HouseholdPanel, atMost limit: Int) {
        let ids = panel.householdID
        let codes = Set(ids.codes.filter { $0 != TextColumn.missing })
        totalHouseholds = codes.count
        guard codes.count > limit else {
            self.panel = panel
            households = codes.count
            return
        }
        let total = UInt64(codes.count)
        let kept = Set(codes.filter { Self.hash(ids.dictionary[Int($0)]) % total < UInt64(limit) })
        self.panel = panel.subset(rows: (0..<panel.count).filter { kept.contains(ids.codes[$0]) })
        households = kept.count
    }

    /// FNV-1a, 64 bits, of the UTF-8 bytes of `text`.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
