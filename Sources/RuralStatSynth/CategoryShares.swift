import RuralStatCore
import RuralStatData

/// The share of each `HouseholdCategory` among the households of a synthetic panel's first
/// year.
///
/// The default (``standard``) follows the make-up of a county's registered households in the
/// monitoring system: most are lifted out of poverty (脱贫户), about one in eight is an
/// ordinary household (一般农户) kept as a comparison group, and the monitoring objects
/// (三类对象) are about one in eight. See the module article for the sources.
public struct CategoryShares: Sendable, Equatable {
    /// The shares indexed by `HouseholdCategory.rawValue`; they sum to 1.
    public let shares: [Double]

    /// Creates shares from one value per category; they are divided by their sum.
    ///
    /// - Throws: ``SynthConfigError/badShares`` when a share is negative or not finite, or
    ///   all are zero.
    public init(
        alleviated: Double, unstable: Double, marginal: Double, suddenHardship: Double, general: Double
    ) throws(SynthConfigError) {
        let values = [alleviated, unstable, marginal, suddenHardship, general]
        let total = values.reduce(0, +)
        guard values.allSatisfy({ $0 >= 0 && $0.isFinite }), total > 0 else { throw .badShares(values) }
        shares = values.map { $0 / total }
    }

    /// 75% alleviated, 5% unstable, 5% marginal, 2% sudden hardship, 13% general.
    public static let standard = try! CategoryShares(
        alleviated: 0.75, unstable: 0.05, marginal: 0.05, suddenHardship: 0.02, general: 0.13)

    /// The share of `category`.
    public subscript(category: HouseholdCategory) -> Double { shares[Int(category.rawValue)] }
}
