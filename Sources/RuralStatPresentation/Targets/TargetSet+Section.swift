import RuralStatCore
import RuralStatReport
import RuralStatTargets

/// The `targets` section every analysis's document ends with.
extension TargetSet {
    /// The targets whose metrics `source` serves, evaluated on it, as the `targets` section
    /// headed with the set's name (its title in Chinese); only `year`'s results when one is given.
    ///
    /// - Throws: ``RuralStatCore/MetricError`` when a served target cannot be evaluated.
    public func section(
        evaluatedOn source: some MetricSource, dimensions: [GroupDimension], year: Int?
    ) throws(MetricError) -> ReportDocument.Section {
        let served = TargetEvaluator.targets(targets, servedBy: source).served
        let results = try TargetEvaluator.evaluate(served, on: source).filter { year == nil || $0.year == year }
        return ReportDocument.Section(key: "targets", heading: "Targets: \(name)", chinese: "目标：\(title.isEmpty ? name : title)",
                                      table: TargetEvaluator.table(results, dimensions: dimensions))
    }

    /// The targets on metrics `source` does not serve (left to the analyses that do).
    public func targets(notServedBy source: some MetricSource) -> [Target] {
        TargetEvaluator.targets(targets, servedBy: source).other
    }
}
