import FuzzSupport
import RuralStatData

/// The input decoded as GB18030 whole and in two blocks cut where its first byte says, with
/// and without marking bad bytes: the two-block decoding must equal the whole one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGB18030(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let cut = size == 0 ? 0 : Int(bytes[0]) % (size + 1)
    var whole: [UInt8] = [], parts: [UInt8] = []
    GB18030Decoder().decodeMarkingInvalid(bytes, isFinal: true, into: &whole)
    let decoder = GB18030Decoder()
    decoder.decodeMarkingInvalid(UnsafeBufferPointer(rebasing: bytes[..<cut]), isFinal: false, into: &parts)
    decoder.decodeMarkingInvalid(UnsafeBufferPointer(rebasing: bytes[cut...]), isFinal: true, into: &parts)
    precondition(whole == parts, "decoding in two blocks differs from decoding whole")
    let strict = try? Transcoder.utf8(fromGB18030: Array(bytes))
    if let strict { precondition(strict == whole, "a valid text was marked") }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver on ``fuzzGB18030(_:_:)``.
@_cdecl("FuzzGB18030_main")
public func fuzzGB18030Main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzGB18030)
}
