/// The typed key of a group: its label for each dimension it is grouped by, and for the
/// places that enclose them (a village's township and county).
///
/// A label is `""` for a missing cell; a dimension the group is not keyed by is `nil`.
public struct GroupKey: Sendable, Hashable {
    // One field per dimension, not a dictionary: a grouping keeps a key per group, and a
    // dictionary's storage costs about 200 bytes more per group.
    /// The county (县), when keyed by it or by a place in it.
    public private(set) var county: String?
    /// The township (乡镇), when keyed by it or by a village in it.
    public private(set) var township: String?
    /// The village (行政村).
    public private(set) var village: String?
    private var categoryLabel: String?

    /// A key from labels by dimension; the key of the single group `all` when empty.
    public init(_ labels: [GroupDimension: String] = [:]) {
        for (dimension, label) in labels { self[dimension] = label }
    }

    /// The label of `dimension`, or `nil` when the group is not keyed by it.
    public internal(set) subscript(dimension: GroupDimension) -> String? {
        get {
            switch dimension {
            case .county: county
            case .township: township
            case .village: village
            case .category: categoryLabel
            }
        }
        set {
            switch dimension {
            case .county: county = newValue
            case .township: township = newValue
            case .village: village = newValue
            case .category: categoryLabel = newValue
            }
        }
    }

    /// The household category, when keyed by it and the cell is not missing.
    public var category: HouseholdCategory? { categoryLabel.flatMap(HouseholdCategory.init(label:)) }
}
