/// Decodes GB18030 to UTF-8 a block at a time, for files too large to convert whole.
///
/// A character cut by the end of a block is kept and completed by the next block (iconv
/// reports such a cut with `EINVAL`). The corresponding C routine is `iconv(3)`.
public final class GB18030Decoder {
    private let handle: UnsafeMutableRawPointer
    private var pending: [UInt8] = []
    private var consumedBefore = 0

    /// Opens a converter from GB18030 to UTF-8.
    public init() {
        guard let handle = SystemCalls.openConverter(to: "UTF-8", from: "GB18030") else {
            preconditionFailure("iconv cannot convert GB18030 to UTF-8 on this system")
        }
        self.handle = handle
    }

    deinit { SystemCalls.closeConverter(handle) }

    /// Decodes `input`, appending UTF-8 bytes to `output`.
    ///
    /// - Parameter isFinal: whether `input` is the last block; a cut character at the end of
    ///   the last block is an error.
    /// - Throws: ``Transcoder/Failure`` with the offset, from the start of the stream, of the
    ///   first byte that is not GB18030.
    /// - Complexity: O(n); the output grows by at most 1.5 times the input (2 bytes → 3).
    public func decode(_ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into output: inout [UInt8]) throws(Transcoder.Failure) {
        if let offset = convert(input, isFinal: isFinal, into: &output, marking: false) {
            throw Transcoder.Failure(offset: offset, from: .gb18030)
        }
    }

    /// Decodes `input` as ``decode(_:isFinal:into:)`` does, but writes each byte that is not
    /// GB18030 as ``invalidMarker`` followed by the byte itself, and goes on: both bytes are
    /// never valid UTF-8 and never a comma, quote or line break, so the record holding them
    /// is found and refused alone, with its line, column and value.
    public func decodeMarkingInvalid(_ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into output: inout [UInt8]) {
        _ = convert(input, isFinal: isFinal, into: &output, marking: true)
    }

    /// The byte written before each byte that is not GB18030 (0xFF, never in UTF-8).
    public static let invalidMarker: UInt8 = 0xFF

    /// The conversion; returns the stream offset of the first bad byte when not `marking`.
    ///
    /// The output is sized once for the whole input (two bytes out per byte in is the most
    /// GB18030 or the marking needs), and each `iconv` call goes on where the last stopped.
    private func convert(_ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into output: inout [UInt8], marking: Bool) -> Int? {
        pending.append(contentsOf: input)
        let available = pending.count
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: available * 2 + 16))
        var read = 0, written = start
        var badOffset: Int?
        pending.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                while read < available {
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress! + read)
                        .assumingMemoryBound(to: CChar.self)
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress! + written)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = available - read, outLeft = target.count - written
                    var failed = false
                    do throws(SystemCalls.Errno) { try SystemCalls.convert(handle, &inPointer, &inLeft, &outPointer, &outLeft) } catch {
                        failed = !error.isIncompleteInput || isFinal
                    }
                    written = target.count - outLeft
                    read = available - inLeft
                    guard failed, inLeft > 0 else { return }
                    guard marking else {
                        badOffset = consumedBefore + read
                        return
                    }
                    target[written] = Self.invalidMarker
                    target[written + 1] = source[read]
                    written += 2
                    read += 1
                }
            }
        }
        output.removeSubrange(written...)
        if badOffset != nil { return badOffset }
        pending.removeFirst(read)
        consumedBefore += read
        return nil
    }
}
