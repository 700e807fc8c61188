import RuralStatText

/// What ``SyntheticPanel/generate(_:)`` makes: how many households, which years, the seed,
/// the county's name and the category shares.
public struct SynthConfig: Sendable, Equatable {
    /// Households in the first year; entries and exits change the count later.
    public var households: Int
    /// The first year of the panel.
    public var firstYear: Int
    /// The last year of the panel (at least ``firstYear``).
    public var lastYear: Int
    /// The seed: the same seed and settings give the same panel, byte for byte, on any machine.
    public var seed: UInt64
    /// The county's name, written in the `county` column.
    public var county: String
    /// Townships in the county; `nil` chooses one per 500 first-year households, 1 to 30.
    public var townships: Int?
    /// The category shares of the first year.
    public var categoryShares: CategoryShares
    /// Whether the panel gets a `weight` column (survey-like weights, constant per household);
    /// without it every weight is 1.
    public var weights: Bool

    /// The most townships a panel can have (the number of distinct township names).
    public static let maximumTownships = PlaceNames.townshipCapacity

    /// Creates a configuration; the defaults give an unweighted panel of 青山县 with the
    /// standard category shares.
    public init(
        households: Int,
        firstYear: Int,
        lastYear: Int,
        seed: UInt64,
        county: String = "青山县",
        townships: Int? = nil,
        categoryShares: CategoryShares = .standard,
        weights: Bool = false
    ) {
        self.households = households
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.seed = seed
        self.county = county
        self.townships = townships
        self.categoryShares = categoryShares
        self.weights = weights
    }

    /// The years of the panel.
    public var years: ClosedRange<Int> { firstYear...lastYear }

    /// The number of townships used: ``townships`` or the default for ``households``.
    public var townshipCount: Int {
        townships ?? min(max(households / 500, 1), Self.maximumTownships)
    }

    /// Checks the settings.
    ///
    /// - Throws: ``SynthConfigError`` naming the first setting out of range.
    public func validate() throws(SynthConfigError) {
        guard households >= 1 else { throw .households(households) }
        guard (2000...2100).contains(firstYear), (2000...2100).contains(lastYear), firstYear <= lastYear else {
            throw .years(firstYear, lastYear)
        }
        if let townships, !(1...Self.maximumTownships).contains(townships) { throw .townships(townships) }
        guard !county.isEmpty else { throw .county }
    }
}

/// A setting of ``SynthConfig`` that is out of range.
public enum SynthConfigError: Error, Equatable, LocalizedMessage {
    /// The household count is below 1.
    case households(Int)
    /// The years are outside 2000–2100 or the first comes after the last.
    case years(Int, Int)
    /// The township count is outside 1…``SynthConfig/maximumTownships``.
    case townships(Int)
    /// The county name is empty.
    case county
    /// A category share is negative or not finite, or all are zero.
    case badShares([Double])

    /// What is wrong, in `language`.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.households(let n), .en): "the household count must be at least 1, not \(n)"
        case (.households(let n), .zh): "户数必须不小于1，不是 \(n)"
        case (.years(let first, let last), .en):
            "years must lie in 2000–2100 with the first not after the last, not \(first)–\(last)"
        case (.years(let first, let last), .zh): "年份必须在2000–2100之间，且起始年份不晚于截止年份，不是 \(first)–\(last)"
        case (.townships(let n), .en): "the township count must be 1 to \(SynthConfig.maximumTownships), not \(n)"
        case (.townships(let n), .zh): "乡镇数必须是1到\(SynthConfig.maximumTownships)，不是 \(n)"
        case (.county, .en): "the county name must not be empty"
        case (.county, .zh): "县名不能为空"
        case (.badShares(let shares), .en): "category shares must be non-negative with a positive sum, not \(shares)"
        case (.badShares(let shares), .zh): "各户类型的比例必须不小于0且总和大于0，不是 \(shares)"
        }
    }
}
