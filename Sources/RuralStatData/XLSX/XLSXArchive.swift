import Foundation
import RuralStatText
import ZIPFoundation

/// The zip container of a workbook, read part by part through ``XMLTokenizer`` with the
/// limits of ``XLSXLimits`` enforced while inflating: no part is held whole, and a zip bomb
/// stops as soon as it passes a limit, not when it has filled the memory.
struct XLSXArchive {
    private let archive: Archive
    private let entries: [String: Entry]

    /// Opens the workbook at `path` and lists its parts.
    ///
    /// - Throws: ``XMLPartError`` when it is not a zip archive or has too many entries.
    init(path: String) throws(XMLPartError) {
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw XMLPartError("not an .xlsx workbook (cannot open it as a zip archive)",
                               "不是 .xlsx 工作簿（无法作为 zip 压缩包打开）")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= XLSXLimits.maximumEntries else {
                throw XMLPartError("the archive has more than \(XLSXLimits.maximumEntries) entries; a workbook has a few dozen",
                                   "压缩包中的条目超过 \(XLSXLimits.maximumEntries) 个；工作簿通常只有几十个")
            }
            entries[entry.path] = entry
        }
        self.entries = entries
    }

    /// Whether the archive has the part `name`.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// Inflates the part `name` chunk by chunk into a tokenizer and `handler`: inflated on a
    /// thread of its own, tokenized on this one as the chunks arrive (``InflatedChunks``).
    ///
    /// - Returns: `false` when the archive has no such part.
    /// - Throws: ``XMLPartError`` for malformed XML, a part over ``XLSXLimits/maximumPartBytes``
    ///   (or `maximumBytes`), one that inflates to more than ``XLSXLimits/maximumRatio`` times
    ///   its compressed size, or a damaged archive; the message names the part. A problem in
    ///   the XML before the chunk where inflating failed is the one reported.
    func read<Handler: XMLPartHandler>(
        _ name: String, into handler: inout Handler, maximumBytes: Int = XLSXLimits.maximumPartBytes
    ) throws(XMLPartError) -> Bool {
        guard let found = entries[name] else { return false }
        let chunks = InflatedChunks()
        nonisolated(unsafe) let (archive, entry) = (archive, found)
        Thread { chunks.finish(failure: Self.inflate(entry, of: archive, name: name, maximumBytes: maximumBytes, into: chunks)) }
            .start()
        var tokenizer = XMLTokenizer(part: name)
        var failure: XMLPartError?
        while failure == nil, let chunk = chunks.next() {
            let fed = chunk.withUnsafeBytes { bytes in
                Result { () throws(XMLPartError) in try tokenizer.feed(bytes, into: &handler) }
            }
            if case .failure(let error) = fed { failure = error }
        }
        let inflateFailure = chunks.stop()
        if let failure = failure ?? inflateFailure { throw Self.named(failure, name) }
        do {
            try tokenizer.finish(into: &handler)
        } catch {
            throw Self.named(error, name)
        }
        return true
    }

    /// Inflates `entry` into `chunks`, enforcing the limits; why it failed, or `nil`.
    private static func inflate(
        _ entry: Entry, of archive: Archive, name: String, maximumBytes: Int, into chunks: InflatedChunks
    ) -> XMLPartError? {
        var inflated = 0
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        var failure: XMLPartError?
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { data in
                inflated += data.count
                if inflated > maximumBytes {
                    failure = XMLPartError("\(name) inflates to more than \(maximumBytes >> 20) MiB, the limit for this part",
                                           "\(name) 解压后超过该部件 \(maximumBytes >> 20) MiB 的上限")
                } else if inflated > XLSXLimits.ratioFloorBytes, inflated / compressed > XLSXLimits.maximumRatio {
                    failure = XMLPartError("\(name) inflates to more than \(XLSXLimits.maximumRatio) times its compressed size "
                                           + "(\(compressed) bytes): a zip bomb, not a workbook",
                                           "\(name) 解压后超过压缩大小（\(compressed) 字节）的 \(XLSXLimits.maximumRatio) 倍："
                                           + "这是压缩炸弹，不是工作簿")
                }
                guard failure == nil, chunks.put(data) else { throw CancellationError() }
            }
        } catch {
            if failure == nil, !chunks.wasStopped {
                failure = XMLPartError("\(name) cannot be inflated: the archive is damaged (\(error))", "\(name) 无法解压：压缩包已损坏")
            }
        }
        return failure
    }

    /// The error with the part's name before its message (`xl/worksheets/sheet1.xml:2:310: …`).
    private static func named(_ error: XMLPartError, _ name: String) -> XMLPartError {
        guard !error.message.en.hasPrefix(name), error != .stop else { return error }
        var named = error
        let position = error.line.map { ":\($0):\(error.column ?? 1)" } ?? ""
        named.message = .verbatim("\(name)\(position): ") + error.message
        return named
    }
}
