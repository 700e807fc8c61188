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
    .library(name: "RuralStatData", targets: ["RuralStatData"]),
    .library(name: "RuralStatReport", targets: ["RuralStatReport"]),
    .library(name: "RuralStatTargets", targets: ["RuralStatTargets"]),
    .library(name: "RuralStatSynth", targets: ["RuralStatSynth"]),
    .library(name: "RuralStatIncome", targets: ["RuralStatIncome"]),
    .library(name: "RuralStatLinearAlgebra", targets: ["RuralStatLinearAlgebra"]),
    .library(name: "RuralStatRegression", targets: ["RuralStatRegression"]),
    .library(name: "RuralStatEmployment", targets: ["RuralStatEmployment"]),
    .library(name: "RuralStatRisk", targets: ["RuralStatRisk"]),
    .executable(name: "ruralstat", targets: ["ruralstat"]),
    .executable(name: "ruralstat-bench-ols", targets: ["OLSBenchmark"]),
]

// MARK: - Dependencies

let dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
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
    .target(
        name: "RuralStatData",
        dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStatReport",
        dependencies: ["RuralStatData", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStatTargets",
        dependencies: ["RuralStatData", "RuralStatReport", .product(name: "TOMLKit", package: "TOMLKit")],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStatSynth",
        dependencies: ["RuralStatData", "RuralStatReport"],
        swiftSettings: swiftSettings
    ),
    .target(name: "RuralStatLinearAlgebra", dependencies: ["CRuralStatLAPACK"], swiftSettings: swiftSettings),
    .target(
        name: "RuralStatRegression",
        dependencies: ["RuralStatLinearAlgebra", "RuralStatData", "RuralStatReport"],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStatIncome",
        dependencies: ["RuralStatData", "RuralStatReport", "RuralStatTargets"],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStatEmployment",
        dependencies: ["RuralStatData", "RuralStatReport", "RuralStatTargets"],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStatRisk",
        dependencies: [
            "RuralStatData", "RuralStatReport", "RuralStatEmployment", "RuralStatLinearAlgebra", "RuralStatRegression",
        ],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStat",
        dependencies: [
            "RuralStatData", "RuralStatReport", "RuralStatTargets", "RuralStatSynth", "RuralStatIncome",
            "RuralStatLinearAlgebra", "RuralStatRegression",
            "RuralStatEmployment", "RuralStatRisk",
        ],
        swiftSettings: swiftSettings
    ),
    .executableTarget(
        name: "ruralstat",
        dependencies: ["RuralStat", .product(name: "ArgumentParser", package: "swift-argument-parser")],
        swiftSettings: swiftSettings
    ),

    // MARK: - Benchmarks (release builds only; see Benchmarks/)

    .executableTarget(
        name: "OLSBenchmark",
        dependencies: ["RuralStatLinearAlgebra", "RuralStatRegression"],
        path: "Benchmarks/OLSBenchmark",
        swiftSettings: swiftSettings
    ),

    // MARK: - Tests

    .testTarget(
        name: "RuralStatDataTests",
        dependencies: ["RuralStatData"],
        exclude: ["Fixtures"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "ruralstatTests",
        dependencies: ["ruralstat"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatReportTests",
        dependencies: ["RuralStatReport", "RuralStatData"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatTargetsTests",
        dependencies: ["RuralStatTargets"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatSynthTests",
        dependencies: ["RuralStatSynth", "RuralStatData", "RuralStatReport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatIncomeTests",
        dependencies: ["RuralStatIncome"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatLinearAlgebraTests",
        dependencies: ["RuralStatLinearAlgebra"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatRegressionTests",
        dependencies: ["RuralStatRegression"],
        resources: [.copy("NIST")],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatEmploymentTests",
        dependencies: ["RuralStatEmployment"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatRiskTests",
        dependencies: ["RuralStatRisk", "RuralStatSynth"],
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
