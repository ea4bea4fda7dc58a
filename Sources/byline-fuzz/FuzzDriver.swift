import BylineCore
import Foundation

// libFuzzer's driver, linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The harness's entry point. SwiftPM links executables with `main` aliased to
/// `<product>_main`, so this stands in for `main` and hands control to libFuzzer, which
/// calls the target named by `BYLINE_FUZZ_TARGET` (`readers` or `query`) once per input.
@_cdecl("byline_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var argc = argc
    var argv = argv
    switch ProcessInfo.processInfo.environment["BYLINE_FUZZ_TARGET"] ?? "readers" {
    case "query":
        return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            QueryFuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
            return 0
        }
    default:
        return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            ReaderFuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
            return 0
        }
    }
}
