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
    .library(name: "RuralStatLinearAlgebra", targets: ["RuralStatLinearAlgebra"]),
    .library(name: "RuralStatRegression", targets: ["RuralStatRegression"]),
    .library(name: "RuralStatIncome", targets: ["RuralStatIncome"]),
    .library(name: "RuralStatTargets", targets: ["RuralStatTargets"]),
    .library(name: "RuralStatEmployment", targets: ["RuralStatEmployment"]),
    .library(name: "RuralStatReport", targets: ["RuralStatReport"]),
    .library(name: "RuralStatSynth", targets: ["RuralStatSynth"]),
    .executable(name: "ruralstat", targets: ["ruralstat"]),
]

// MARK: - Dependencies

let dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
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
        name: "RuralStatLinearAlgebra",
        dependencies: ["CRuralStatLAPACK"],
        swiftSettings: swiftSettings
    ),
    .target(name: "RuralStatData", swiftSettings: swiftSettings),
    .target(
        name: "RuralStatRegression",
        dependencies: ["RuralStatLinearAlgebra", "RuralStatData"],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStatTargets",
        dependencies: ["RuralStatData", .product(name: "TOMLKit", package: "TOMLKit")],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStatIncome",
        dependencies: ["RuralStatData", "RuralStatTargets"],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "RuralStatEmployment",
        dependencies: ["RuralStatData", "RuralStatTargets"],
        swiftSettings: swiftSettings
    ),
    .target(name: "RuralStatReport", dependencies: ["RuralStatData"], swiftSettings: swiftSettings),
    .target(name: "RuralStatSynth", dependencies: ["RuralStatData"], swiftSettings: swiftSettings),
    .target(
        name: "RuralStat",
        dependencies: [
            "RuralStatData", "RuralStatLinearAlgebra", "RuralStatRegression", "RuralStatTargets",
            "RuralStatIncome", "RuralStatEmployment", "RuralStatReport", "RuralStatSynth",
        ],
        swiftSettings: swiftSettings
    ),
    .executableTarget(
        name: "ruralstat",
        dependencies: ["RuralStat", .product(name: "ArgumentParser", package: "swift-argument-parser")],
        swiftSettings: swiftSettings
    ),

    // MARK: - Tests

    .target(
        name: "RuralStatTestSupport",
        dependencies: ["RuralStatData"],
        path: "Tests/RuralStatTestSupport",
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatDataTests",
        dependencies: ["RuralStatData", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatLinearAlgebraTests",
        dependencies: ["RuralStatLinearAlgebra"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatRegressionTests",
        dependencies: ["RuralStatRegression", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatIncomeTests",
        dependencies: ["RuralStatIncome", "RuralStatTargets", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatEmploymentTests",
        dependencies: ["RuralStatEmployment", "RuralStatTargets", "RuralStatTestSupport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatReportTests",
        dependencies: ["RuralStatReport"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "RuralStatSynthTests",
        dependencies: ["RuralStatSynth", "RuralStatData"],
        swiftSettings: swiftSettings
    ),
    .testTarget(
        name: "ruralstatTests",
        dependencies: ["RuralStatTestSupport"],
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
