/// libFuzzer's driver, called from each harness's entry point.
///
/// SwiftPM links an executable with its `main` defined as `<Module>_main`; a harness defines
/// that function (`@_cdecl`) and hands the command line and its input function to libFuzzer
/// here, so that libFuzzer's options (`-max_total_time`, corpora) work as usual.
public enum FuzzDriver {
    /// The signature of `LLVMFuzzerTestOneInput`.
    public typealias Input = @convention(c) (UnsafePointer<UInt8>, Int) -> Int32

    /// Runs libFuzzer with the command line `argc`/`argv` on `input`; returns its exit status.
    public static func run(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ input: Input) -> Int32 {
        var count = argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return llvmFuzzerRunDriver(&count, &arguments, input)
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ input: FuzzDriver.Input
) -> Int32
