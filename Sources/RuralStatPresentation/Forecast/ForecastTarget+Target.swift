import RuralStatCore
import RuralStatForecast
import RuralStatTargets

extension ForecastTarget {
    /// The forecast's question for `target`: a growth target on ``RuralStatCore/Metric/growth``
    /// or a level target on ``RuralStatCore/Metric/pci``, with a threshold; `nil` for any
    /// other target, or one whose population is reckoned at the start of the year (a forecast
    /// gives no `p_meet` for it).
    public init?(_ target: Target) {
        guard let threshold = target.threshold, target.population.reckoning == .year else { return nil }
        let rule: Rule
        switch target.kind {
        case .growth where target.metric == Metric.growth.key: rule = .growth(rate: threshold)
        case .level where target.metric == Metric.pci.key: rule = .level(amount: threshold, byYear: target.byYear)
        default: return nil
        }
        self.init(id: target.id, rule: rule, population: target.population.categories, firstYear: target.firstYear,
                  lastYear: target.lastYear)
    }
}
