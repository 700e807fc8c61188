// ForecastFitBenchmark: times the household model's fit (`HouseholdModel`: its table and its
// four weighted least-squares fits) against what `ruralstat regress` does with the same
// formula on a ready table of the same transitions (one weighted fit and its classical
// summary; the table is built outside the timing), alternating, in one process, release
// build (issue 11: "fitting the default model within 2× of regress on the same design").
//
// usage: swift build -c release --product ForecastFitBenchmark
//        .build/release/ForecastFitBenchmark HOUSEHOLDS.csv [reps]
// Prints one JSON object: the design's size, the median seconds of each, their ratio and
// every run's seconds.
import BenchmarkTiming
import Foundation
import RuralStatCore
import RuralStatData
import RuralStatForecast
import RuralStatRegression

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: ForecastFitBenchmark HOUSEHOLDS.csv [reps]\n".utf8))
    exit(64)
}
let reps = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
do {
    let (panel, _) = try HouseholdFile.read(path: arguments[1])
    let design = ForecastDesign(panel)
    let origins = design.years.first!...design.years[design.years.count - 2]
    let rows = design.transitionRows(originYears: origins)
    // The two in turn, `reps` rounds, so that the machine's drift falls on both alike.
    var model: HouseholdModel?
    var modelTimes: [Double] = [], regressTimes: [Double] = []
    var columns = 0
    for _ in 0..<reps {
        modelTimes.append(try seconds { model = try HouseholdModel(design: design, originYears: origins) })
        let formula = model!.formula
        let data = design.modelData(rows: rows, spline: model!.spline)
        regressTimes.append(try seconds {
            let regression = try LinearModel(formula, data: data, weights: ForecastDesign.weight)
            columns = regression.termNames.count
            _ = try regression.summary(.classical)
        })
    }
    let m = median(modelTimes), r = median(regressTimes)
    print("""
        {"transitions": \(model!.transitionCount), "columns": \(columns), "household_model_s": \(m), "regress_s": \(r), \
        "ratio": \(m / r), "household_model_runs": \(modelTimes), "regress_runs": \(regressTimes)}
        """)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(65)
}
