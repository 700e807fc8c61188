// swift-tools-version: 6.0
//
// libFuzzer harnesses for RuralStat's readers (issue 14): CSV, XLSX, GB18030, TOML and
// formulas. Each target defines `LLVMFuzzerTestOneInput` and is linked with libFuzzer and
// AddressSanitizer by scripts/fuzz.sh (`-sanitize=fuzzer,address`), which also gives the
// main package's modules coverage instrumentation. Seeds and past crashers: Fuzz/Corpus/.

import Foundation
import PackageDescription

// A path dependency is named after its folder, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let main = root.lastPathComponent

func harness(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: main) },
        path: "Sources/\(name)"
    )
}

let package = Package(
    name: "RuralStatFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
        harness("FuzzCSV", ["RuralStatData"]),
        harness("FuzzXLSX", ["RuralStatData"]),
        harness("FuzzGB18030", ["RuralStatData"]),
        harness("FuzzTOML", ["RuralStatTargets"]),
        harness("FuzzFormula", ["RuralStatRegression"]),
    ]
)
