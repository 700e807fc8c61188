import FuzzSupport
import RuralStatRegression

/// The input as a formula, parsed and fitted on a small table (numbers, text, a category).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormula(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let formula = try? Formula(text) else { return 0 }
    _ = try? LinearModel(formula, data: table)
    return 0
}

private let table = ModelData([
    ("y", .numeric([1, 3, 2, 5, 4, 6, 8, 7])), ("x", .numeric([1, 2, 3, 4, 5, 6, 7, 8])),
    ("z", .numeric([0.5, 0.25, 2, 1, 4, 3, 0, 1])), ("g", .text(["a", "b", "a", "c", "b", "c", "a", "b"])),
])

/// The entry point SwiftPM links as `main`: libFuzzer's driver on ``fuzzFormula(_:_:)``.
@_cdecl("FuzzFormula_main")
public func fuzzFormulaMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzFormula)
}
