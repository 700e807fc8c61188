/// The typed key of a group: its label for each dimension it is grouped by, and for the
/// places that enclose them (a village's township and county).
///
/// A label is `""` for a missing cell; a dimension the group is not keyed by is `nil`.
public struct GroupKey: Sendable, Hashable {
    private let labels: [GroupDimension: String]

    /// A key from labels by dimension; the key of the single group `all` when empty.
    public init(_ labels: [GroupDimension: String] = [:]) {
        self.labels = labels
    }

    /// The label of `dimension`, or `nil` when the group is not keyed by it.
    public subscript(dimension: GroupDimension) -> String? { labels[dimension] }

    /// The county (县), when keyed by it or by a place in it.
    public var county: String? { labels[.county] }
    /// The township (乡镇), when keyed by it or by a village in it.
    public var township: String? { labels[.township] }
    /// The village (行政村).
    public var village: String? { labels[.village] }
    /// The household category, when keyed by it and the cell is not missing.
    public var category: HouseholdCategory? { labels[.category].flatMap(HouseholdCategory.init(label:)) }
}
