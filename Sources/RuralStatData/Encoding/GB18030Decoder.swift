#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes GB18030 to UTF-8 a block at a time, for files too large to convert whole.
///
/// A character cut by the end of a block is kept and completed by the next block (iconv
/// reports such a cut with `EINVAL`). The corresponding C routine is `iconv(3)`.
public final class GB18030Decoder {
    private let handle: iconv_t
    private var pending: [UInt8] = []
    private var consumedBefore = 0

    /// Opens a converter from GB18030 to UTF-8.
    public init() {
        let handle = iconv_open("UTF-8", "GB18030")
        precondition(Int(bitPattern: handle) != -1, "iconv cannot convert GB18030 to UTF-8 on this system")
        self.handle = handle!
    }

    deinit { iconv_close(handle) }

    /// Decodes `input`, appending UTF-8 bytes to `output`.
    ///
    /// - Parameter isFinal: whether `input` is the last block; a cut character at the end of
    ///   the last block is an error.
    /// - Throws: ``Transcoder/Failure`` with the offset, from the start of the stream, of the
    ///   first byte that is not GB18030.
    /// - Complexity: O(n); the output grows by at most 1.5 times the input (2 bytes → 3).
    public func decode(_ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into output: inout [UInt8]) throws(Transcoder.Failure) {
        pending.append(contentsOf: input)
        let available = pending.count
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: available * 2 + 16))
        var failed = false
        var inLeft = available
        let written: Int = pending.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer: UnsafeMutablePointer<CChar>? = source.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress! + start)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = target.count - start
                if iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) == -1, errno != EINVAL || isFinal {
                    failed = true
                }
                return target.count - start - outLeft
            }
        }
        output.removeSubrange((start + written)...)
        let consumed = available - inLeft
        if failed { throw Transcoder.Failure(offset: consumedBefore + consumed, from: .gb18030) }
        pending.removeFirst(consumed)
        consumedBefore += consumed
    }
}
