/// The place columns of a households file, for the household lists that name where each
/// household lives.
extension HouseholdPanel {
    /// The place columns the file has, of county, township and village, in that order.
    public var places: [(dimension: GroupDimension, column: TextColumn)] {
        [(GroupDimension.county, county), (.township, township), (.village, village)]
            .compactMap { dimension, column in column.map { (dimension, $0) } }
    }
}
