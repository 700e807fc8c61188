import RuralStatText

/// The text encodings RuralStat reads and writes (SPEC §2).
public enum TextEncoding: String, CaseIterable, Sendable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// GB18030, what Excel writes on Chinese Windows (a superset of GBK and GB2312).
    case gb18030

    /// Reads an `--encoding` name: `utf-8`/`utf8` or `gb18030` (also `gbk`, `gb2312`, which
    /// GB18030 contains), case-insensitively.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }

    /// Guesses the encoding of a file from its first bytes.
    ///
    /// A UTF-8 byte-order mark, or bytes that are valid UTF-8, mean ``utf8``; anything else is
    /// taken as ``gb18030`` (Chinese text in GB18030 is almost never valid UTF-8). A multi-byte
    /// sequence cut at the end of the sample is not held against UTF-8.
    public static func detect<Bytes: Collection<UInt8>>(_ sample: Bytes) -> TextEncoding {
        if sample.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        var iterator = sample.makeIterator()
        var pendingContinuations = 0
        while let byte = iterator.next() {
            if pendingContinuations > 0 {
                guard byte & 0xC0 == 0x80 else { return .gb18030 }
                pendingContinuations -= 1
            } else if byte < 0x80 {
                continue
            } else if byte & 0xE0 == 0xC0, byte >= 0xC2 {
                pendingContinuations = 1
            } else if byte & 0xF0 == 0xE0 {
                pendingContinuations = 2
            } else if byte & 0xF8 == 0xF0, byte <= 0xF4 {
                pendingContinuations = 3
            } else {
                return .gb18030
            }
        }
        return .utf8
    }
}

extension TextEncoding {
    /// The error message for a header read as GB18030 that is valid UTF-8.
    static let validUTF8ReadAsGB18030 = LocalizedText(
        en: "the header was read as GB18030 but is valid UTF-8; try --encoding utf-8",
        zh: "表头按 GB18030 读取，但它是有效的 UTF-8；请试用 --encoding utf-8")
}

/// Converts bytes between GB18030 and UTF-8 through the C library's `iconv`.
public enum Transcoder {
    /// Why bytes could not be converted.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// The byte offset of the first byte that could not be converted.
        public let offset: Int
        /// The encoding the bytes were read as.
        public let from: TextEncoding

        public var description: String {
            "bytes at offset \(offset) are not valid \(from.rawValue)"
        }
    }

    /// Decodes GB18030 bytes to UTF-8 bytes.
    ///
    /// - Throws: ``Failure`` naming the offset of the first invalid byte.
    /// - Complexity: O(n); the output is at most 1.5 times the input (CJK: 2 bytes → 3 bytes).
    public static func utf8(fromGB18030 bytes: [UInt8]) throws(Failure) -> [UInt8] {
        try convert(bytes, from: "GB18030", to: "UTF-8", reportAs: .gb18030, growth: 2)
    }

    /// Encodes UTF-8 bytes as GB18030 bytes (every Unicode scalar has a GB18030 form).
    ///
    /// - Throws: ``Failure`` when the input is not valid UTF-8.
    public static func gb18030(fromUTF8 bytes: [UInt8]) throws(Failure) -> [UInt8] {
        try convert(bytes, from: "UTF-8", to: "GB18030", reportAs: .utf8, growth: 2)
    }

    /// The corresponding C routine is `iconv(3)`.
    private static func convert(
        _ input: [UInt8], from source: String, to target: String, reportAs encoding: TextEncoding, growth: Int
    ) throws(Failure) -> [UInt8] {
        guard let handle = SystemCalls.openConverter(to: target, from: source) else {
            preconditionFailure("iconv cannot convert \(source) to \(target) on this system")
        }
        defer { SystemCalls.closeConverter(handle) }
        var output = [UInt8](repeating: 0, count: input.count * growth + 16)
        var failedAt: Int?
        let written: Int = input.withUnsafeBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutablePointer<CChar>(
                    mutating: UnsafeRawPointer(inBuffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                        .assumingMemoryBound(to: CChar.self))
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let start = inPointer
                var inOptional: UnsafeMutablePointer<CChar>? = inPointer
                do throws(SystemCalls.Errno) { try SystemCalls.convert(handle, &inOptional, &inLeft, &outPointer, &outLeft) } catch {
                    inPointer = inOptional!
                    failedAt = start.distance(to: inPointer)
                }
                return outBuffer.count - outLeft
            }
        }
        if let failedAt { throw Failure(offset: failedAt, from: encoding) }
        output.removeSubrange(written...)
        return output
    }
}
