import FuzzSupport
import RuralStatTargets

/// The input as a targets file: a target set or a TargetError, nothing else.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? TargetSet.parse(toml: text, file: "fuzz.toml")
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver on ``fuzzTOML(_:_:)``.
@_cdecl("FuzzTOML_main")
public func fuzzTOMLMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzTOML)
}
