// swift-tools-version: 6.0
//
// RuralStat: income, risk, employment and forecasting for households lifted out of
// poverty and households under return-to-poverty monitoring (防止返贫监测).
//
// One library module per concern, an umbrella module `RuralStat` that only re-exports
// them, and a thin `ruralstat` command-line tool on top.

import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// MARK: - Products

let products: [Product] = [
    .library(name: "RuralStat", targets: ["RuralStat"]),
    .library(name: "RuralStatText", targets: ["RuralStatText"]),
    .library(name: "RuralStatCore", targets: ["RuralStatCore"]),
    .library(name: "RuralStatData", targets: ["RuralStatData"]),
    .library(name: "RuralStatReport", targets: ["RuralStatReport"]),
    .library(name: "RuralStatCharts", targets: ["RuralStatCharts"]),
    .library(name: "RuralStatTargets", targets: ["RuralStatTargets"]),
    .library(name: "RuralStatSynth", targets: ["RuralStatSynth"]),
    .library(name: "RuralStatIncome", targets: ["RuralStatIncome"]),
    .library(name: "RuralStatLinearAlgebra", targets: ["RuralStatLinearAlgebra"]),
    .library(name: "RuralStatRegression", targets: ["RuralStatRegression"]),
    .library(name: "RuralStatEmployment", targets: ["RuralStatEmployment"]),
    .library(name: "RuralStatGuarantees", targets: ["RuralStatGuarantees"]),
    .library(name: "RuralStatForecast", targets: ["RuralStatForecast"]),
    .library(name: "RuralStatRisk", targets: ["RuralStatRisk"]),
    .library(name: "RuralStatPresentation", targets: ["RuralStatPresentation"]),
    .executable(name: "ruralstat", targets: ["ruralstat"]),
]

// MARK: - Dependencies

let dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
]

// MARK: - Targets

let targets: [Target] = [
    // The system libraries: LAPACKE over OpenBLAS's LAPACK, and CBLAS.
    .systemLibrary(
        name: "CRuralStatLAPACK",
        pkgConfig: "openblas",
        providers: [.apt(["libopenblas-dev", "liblapack-dev", "liblapacke-dev", "pkg-config"])]
    ),
    // The vocabulary shared by the model and the renderer: the language of labels, CSV writing.
    .target(name: "RuralStatText", swiftSettings: swiftSettings),
    // The model: panels, codes, groups, the column and metric registries, the monitoring line.
    .target(name: "RuralStatCore", dependencies: ["RuralStatText"], swiftSettings: swiftSettings),
    // Ingestion: CSV, XLSX, GB18030, the typed table reader, validation.
    .target(
        name: "RuralStatData",
        dependencies: ["RuralStatCore", "RuralStatText", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
        swiftSettings: swiftSettings
    ),
    // The domain-free renderer: tables and documents to terminal, Markdown, CSV, JSON, XLSX.
    .target(
        name: "RuralStatReport",
        dependencies: ["RuralStatText", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
        swiftSettings: swiftSettings
    ),
    // The domain-free SVG charts: bars, lines with bands, histograms, stacked bars.
    .target(name: "RuralStatCharts", dependencies: ["RuralStatText"], swiftSettings: swiftSettings),
    // The analyses, on the model only.
    .target(name: "RuralStatIncome", dependencies: ["RuralStatCore"], swiftSettings: swiftSettings),
    // Employment uses income's group wage share (one owner of the quantity).
    .target(name: "RuralStatEmployment", dependencies: ["RuralStatCore", "RuralStatIncome"], swiftSettings: swiftSettings),
    // The 三保障 and safe-water gaps (issue 17).
    .target(name: "RuralStatGuarantees", dependencies: ["RuralStatCore"], swiftSettings: swiftSettings),
    .target(name: "RuralStatLinearAlgebra", dependencies: ["CRuralStatLAPACK"], swiftSettings: swiftSettings),
    .target(
        name: "RuralStatRegression",
        dependencies: ["RuralStatCore", "RuralStatLinearAlgebra"],
        swiftSettings: swiftSettings
    ),
    // Early warning of sudden income drops: indicators, a fitted score, readiness, back-test.
    .target(
        name: "RuralStatRisk",
        dependencies: [
            "RuralStatCore", "RuralStatIncome", "RuralStatEmployment", "RuralStatGuarantees", "RuralStatLinearAlgebra",
            "RuralStatForecast",
            "RuralStatRegression",
        ],
        swiftSettings: swiftSettings
    ),
    // Targets evaluated on any analysis through the metric registry.
    .target(
        name: "RuralStatTargets",
        dependencies: ["RuralStatCore"],
        swiftSettings: swiftSettings
    ),
    // Synthetic panels, written as the files ingestion reads.
    .target(
        name: "RuralStatSynth",
        dependencies: ["RuralStatCore", "RuralStatData", "RuralStatText"],
        swiftSettings: swiftSettings
    ),
    // The documents the CLI prints (tables, headings, notes, JSON facts, en/zh), for library users too.
    .target(
        name: "RuralStatPresentation",
        dependencies: [
            "RuralStatText", "RuralStatCore", "RuralStatData", "RuralStatReport", "RuralStatCharts", "RuralStatIncome",
            "RuralStatEmployment", "RuralStatGuarantees", "RuralStatForecast", "RuralStatRisk", "RuralStatRegression", "RuralStatTargets",
        ],
        swiftSettings: swiftSettings
    ),
    // Forecasts of household and group income, and of aggregate series, with target probabilities.
    .target(
        name: "RuralStatForecast",
        dependencies: ["RuralStatCore", "RuralStatLinearAlgebra", "RuralStatRegression"],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStat",
        dependencies: [
            "RuralStatText", "RuralStatCore", "RuralStatData", "RuralStatReport", "RuralStatCharts", "RuralStatTargets",
            "RuralStatSynth", "RuralStatIncome", "RuralStatLinearAlgebra", "RuralStatRegression",
            "RuralStatEmployment", "RuralStatGuarantees", "RuralStatForecast", "RuralStatRisk", "RuralStatPresentation",
        ],
        swiftSettings: swiftSettings
    ),
    .executableTarget(
        name: "ruralstat",
        dependencies: ["RuralStat", .product(name: "ArgumentParser", package: "swift-argument-parser")],
        swiftSettings: swiftSettings
    ),

    // MARK: - Benchmarks (release builds only; see Benchmarks/)

    .target(name: "BenchmarkTiming", path: "Benchmarks/BenchmarkTiming", swiftSettings: swiftSettings),
    .executableTarget(
        name: "OLSBenchmark",
        dependencies: ["BenchmarkTiming", "RuralStatLinearAlgebra", "RuralStatRegression"],
        path: "Benchmarks/OLSBenchmark",
        swiftSettings: swiftSettings
    ),
    .executableTarget(
        name: "ForecastFitBenchmark",
        dependencies: ["BenchmarkTiming", "RuralStatCore", "RuralStatData", "RuralStatForecast", "RuralStatRegression"],
        path: "Benchmarks/ForecastFitBenchmark",
        swiftSettings: swiftSettings
    ),

    // MARK: - Tests

    // What every test target shares: the float comparison and the generator (not a product).
    .target(name: "RuralStatTestSupport", path: "Tests/RuralStatTestSupport", swiftSettings: swiftSettings),

    .testTarget(
        name: "RuralStatTests",
        dependencies: ["RuralStat", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatTextTests",
        dependencies: ["RuralStatText", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatCoreTests",
        dependencies: ["RuralStatCore", "RuralStatText", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatDataTests",
        dependencies: ["RuralStatCore", "RuralStatData", "RuralStatText", "RuralStatTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
        exclude: ["Fixtures"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "ruralstatTests",
        dependencies: ["ruralstat", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatReportTests",
        dependencies: ["RuralStatReport", "RuralStatText", "RuralStatData", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatChartsTests",
        dependencies: ["RuralStatCharts", "RuralStatText", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatPresentationTests",
        dependencies: [
            "RuralStatPresentation", "RuralStatReport", "RuralStatText", "RuralStatCore", "RuralStatForecast",
            "RuralStatTargets", "RuralStatTestSupport",
        ],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatTargetsTests",
        dependencies: [
            "RuralStatTargets", "RuralStatCore", "RuralStatIncome", "RuralStatEmployment", "RuralStatPresentation",
            "RuralStatReport", "RuralStatText", "RuralStatTestSupport",
        ],
        resources: [.copy("Plans")],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatSynthTests",
        dependencies: ["RuralStatSynth", "RuralStatCore", "RuralStatData", "RuralStatText", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatIncomeTests",
        dependencies: ["RuralStatIncome", "RuralStatCore", "RuralStatData", "RuralStatTargets", "RuralStatPresentation", "RuralStatReport", "RuralStatText", "RuralStatTestSupport"],
        exclude: ["Peers"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatLinearAlgebraTests",
        dependencies: ["RuralStatLinearAlgebra", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatRegressionTests",
        dependencies: ["RuralStatRegression", "RuralStatCore", "RuralStatLinearAlgebra", "RuralStatPresentation", "RuralStatReport", "RuralStatText", "RuralStatTestSupport"],
        resources: [.copy("NIST")],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatForecastTests",
        dependencies: [
            "RuralStatForecast", "RuralStatCore", "RuralStatData", "RuralStatRegression", "RuralStatPresentation",
            "RuralStatReport", "RuralStatText",
        ],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatEmploymentTests",
        dependencies: ["RuralStatEmployment", "RuralStatIncome", "RuralStatCore", "RuralStatTargets", "RuralStatPresentation", "RuralStatReport", "RuralStatText", "RuralStatTestSupport"],
        exclude: ["Peers"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatGuaranteesTests",
        dependencies: ["RuralStatGuarantees", "RuralStatCore", "RuralStatData", "RuralStatTargets", "RuralStatPresentation", "RuralStatReport", "RuralStatText"],
        exclude: ["Peers"],
    ),
    .testTarget(
        name: "RuralStatRiskTests",
        dependencies: ["RuralStatRisk", "RuralStatCore", "RuralStatEmployment", "RuralStatForecast", "RuralStatLinearAlgebra", "RuralStatSynth", "RuralStatTargets", "RuralStatPresentation", "RuralStatReport", "RuralStatText", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
]

let package = Package(
    name: "RuralStat",
    platforms: [.macOS(.v13)],
    products: products,
    dependencies: dependencies,
    targets: targets
)
