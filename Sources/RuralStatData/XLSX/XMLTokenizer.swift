/// An incremental XML tokenizer for the parts of a workbook (SpreadsheetML), fed the
/// inflated bytes a chunk at a time so that no part is ever held whole.
///
/// It reads the XML that workbook writers produce and refuses the rest with a message that
/// names the part, the XML line and the byte column:
/// - UTF-8 only; element and attribute names must be valid UTF-8 names.
/// - No document type declaration (`<!DOCTYPE …>`), so no entity of the document's own:
///   only the five predefined entities and numeric character references, which must name
///   characters XML allows (no NUL, no control characters but tab, line feed and return).
/// - Well-formed: every element closed by its own name, one document element, nothing but
///   comments, processing instructions and white space after it, and a part that ends
///   inside an element is refused as truncated.
/// - Bounded: at most ``maximumDepth`` nested elements, ``maximumTagBytes`` in one tag and
///   ``maximumAttributes`` in one start tag.
///
/// Text runs are handed over as they arrive (a run cut by a chunk is given in pieces);
/// only an unfinished tag, entity or UTF-8 sequence is kept for the next chunk, so the work
/// is linear in the bytes. The bytes are read in place: names, attribute values and text
/// are handed over as pointers into the chunk, and only what has an entity is copied,
/// decoded, into a buffer reused from tag to tag. Line feeds are counted once per chunk, and
/// up to the problem when there is one, so a position costs nothing until it is reported.
struct XMLTokenizer {
    /// Elements nested deeper than this are refused (SpreadsheetML needs about 6).
    static let maximumDepth = 64
    /// A tag (with its attributes), comment or CDATA section longer than this is refused.
    static let maximumTagBytes = 1 << 20
    /// A start tag with more attributes than this is refused (SpreadsheetML's have under 30);
    /// it keeps the check for repeated attributes, which compares each with those before it, fast.
    static let maximumAttributes = 256

    /// The part's name in messages, e.g. `xl/worksheets/sheet1.xml`.
    let part: String
    private var pending: [UInt8] = []
    /// The qualified names of the open elements, back to back, and where each starts.
    private let stackBytes = ScalarBuffer<UInt8>(capacity: 256)
    private let stackStarts = ScalarBuffer<Int>(capacity: 16)
    private var hasRoot = false
    private var rootClosed = false
    /// The attributes of the start tag being read, and their values that had entities, decoded.
    private let attributes = ScalarBuffer<XMLAttributes.Bounds>(capacity: 16)
    private let decoded = ScalarBuffer<UInt8>(capacity: 256)
    /// The bytes being tokenized (valid during ``run(isFinal:_:)`` only), for positions.
    private var current = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Position: the line, and the absolute offset at which it starts; `counted` is the
    /// absolute offset up to which line feeds have been counted, `base` that of `pending[0]`.
    private var line = 1
    private var lineStart = 0
    private var counted = 0
    private var base = 0

    /// A tokenizer for the part named `part`.
    init(part: String) {
        self.part = part
    }

    /// Tokenizes the next chunk of the part.
    mutating func feed<Handler: XMLPartHandler>(
        _ chunk: UnsafeRawBufferPointer, into handler: inout Handler
    ) throws(XMLPartError) {
        pending.append(contentsOf: chunk)
        try run(isFinal: false, &handler)
    }

    /// Tokenizes what is left and checks that the part is complete.
    mutating func finish<Handler: XMLPartHandler>(into handler: inout Handler) throws(XMLPartError) {
        try run(isFinal: true, &handler)
        guard hasRoot else { throw located("the part has no document element", "部件中没有根元素", at: base) }
        guard stackStarts.count == 0 else {
            let open = String(decoding: UnsafeBufferPointer(rebasing: stackBytes.values[stackStarts[stackStarts.count - 1]...]),
                              as: UTF8.self)
            throw located("the part ends inside <\(open)>: it is truncated", "部件在 <\(open)> 中间结束：文件不完整", at: base)
        }
    }

    private mutating func run<Handler: XMLPartHandler>(isFinal: Bool, _ handler: inout Handler) throws(XMLPartError) {
        var buffer = pending
        pending = []
        let consumed = try buffer.withUnsafeBufferPointer { (bytes) throws(XMLPartError) -> Int in
            current = bytes
            defer { current = UnsafeBufferPointer(start: nil, count: 0) }
            let consumed = try tokenize(bytes, isFinal: isFinal, &handler)
            // Count the line feeds of what was read, before its bytes are dropped.
            advance(bytes, to: base + consumed)
            return consumed
        }
        if !isFinal, buffer.count - consumed > Self.maximumTagBytes {
            throw located("a tag, comment or text piece is longer than \(Self.maximumTagBytes) bytes", "标签、注释或文本片段超过 \(Self.maximumTagBytes) 字节", at: base + consumed)
        }
        base += consumed
        buffer.removeSubrange(..<consumed)
        pending = buffer
    }

    /// Counts the line feeds up to absolute offset `offset` of `bytes` (which starts at `base`).
    private mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>, to offset: Int) {
        guard offset > counted, let start = bytes.baseAddress else { return }
        precondition(counted >= base, "XMLTokenizer: line feeds of dropped bytes were not counted")
        var from = counted - base
        let end = offset - base
        while from < end, let found = SystemCalls.firstOffset(of: 0x0A, in: start + from, count: end - from) {
            let at = from + found
            line += 1
            lineStart = base + at + 1
            from = at + 1
        }
        counted = offset
    }

    private func located(_ en: String, _ zh: String, at offset: Int) -> XMLPartError {
        located(XMLPartError(en, zh), at: offset)
    }

    /// The error at absolute offset `offset`: its line and column, counting the line feeds
    /// of ``current`` not yet counted up to it.
    private func located(_ error: XMLPartError, at offset: Int) -> XMLPartError {
        var (line, lineStart) = (self.line, self.lineStart)
        if offset > counted, let start = current.baseAddress, offset - base <= current.count {
            var from = counted - base
            let end = offset - base
            while from < end, let found = SystemCalls.firstOffset(of: 0x0A, in: start + from, count: end - from) {
                line += 1
                lineStart = base + from + found + 1
                from += found + 1
            }
        }
        var error = error
        error.line = line
        error.column = max(1, offset - lineStart + 1)
        return error
    }

    /// Attaches the current position to a handler's error.
    private func locating(_ error: XMLPartError, at offset: Int) -> XMLPartError {
        guard error.line == nil, error != .stop else { return error }
        return located(error, at: offset)
    }

    /// Tokenizes `bytes`, returning how many were consumed.
    private mutating func tokenize<Handler: XMLPartHandler>(
        _ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, _ handler: inout Handler
    ) throws(XMLPartError) -> Int {
        let lt = UInt8(ascii: "<")
        let n = bytes.count
        var p = 0
        while p < n {
            if bytes[p] != lt {
                // Cells' text is short: look a few bytes ahead before calling memchr.
                var end = p + 1
                while end < n, end - p < 16, bytes[end] != lt { end += 1 }
                if end < n, bytes[end] != lt {
                    end = SystemCalls.firstOffset(of: lt, in: bytes.baseAddress! + end, count: n - end).map { end + $0 } ?? n
                }
                if end == n {
                    end = isFinal ? n : Self.safeTextEnd(bytes, from: p, to: n)
                    if end == p { break }
                }
                try text(bytes, p..<end, &handler)
                p = end
                continue
            }
            guard p + 1 < n else {
                if isFinal { throw located("the part ends inside a tag", "部件在标签中间结束", at: base + p) }
                break
            }
            switch bytes[p + 1] {
            case UInt8(ascii: "?"):
                guard let close = Self.find(bytes, "?>", from: p + 2) else {
                    if isFinal { throw located("a processing instruction is not closed", "处理指令没有闭合", at: base + p) }
                    return p
                }
                p = close + 2
            case UInt8(ascii: "!"):
                if Self.hasPrefix(bytes, at: p, "<!--") {
                    guard let close = Self.find(bytes, "-->", from: p + 4) else {
                        if isFinal { throw located("a comment is not closed", "注释没有闭合", at: base + p) }
                        return p
                    }
                    p = close + 3
                } else if Self.hasPrefix(bytes, at: p, "<![CDATA[") {
                    guard let close = Self.find(bytes, "]]>", from: p + 9) else {
                        if isFinal { throw located("a CDATA section is not closed", "CDATA 段没有闭合", at: base + p) }
                        return p
                    }
                    try cdata(bytes, (p + 9)..<close, at: p, &handler)
                    p = close + 3
                } else if !isFinal, n - p < 9, Self.couldStart(bytes, at: p) {
                    return p
                } else {
                    throw located("a document type or other declaration (<!…>) is not allowed in a workbook part",
                                  "工作簿部件中不能有文档类型或其他声明（<!…>）", at: base + p)
                }
            case UInt8(ascii: "/"):
                if let end = closesInnermost(bytes, at: p) {
                    try popElement(bytes, (p + 2)..<end, at: p, &handler)
                    p = end + 1
                    continue
                }
                guard let close = SystemCalls.firstOffset(of: UInt8(ascii: ">"), in: bytes.baseAddress! + p, count: n - p) else {
                    if isFinal { throw located("an end tag is not closed", "结束标签没有闭合", at: base + p) }
                    return p
                }
                let end = p + close
                try endTag(bytes, (p + 2)..<end, at: p, &handler)
                p = end + 1
            default:
                guard let end = try startTag(bytes, at: p, isFinal: isFinal, &handler) else { return p }
                p = end
            }
        }
        return p
    }

    /// Where a text run cut by the end of the chunk can safely stop: before an unfinished
    /// entity and before a trailing multi-byte character that may be incomplete.
    private static func safeTextEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var cut = end
        var q = end
        while q > start, end - q < 12 {
            q -= 1
            if bytes[q] == UInt8(ascii: ";") { break }
            if bytes[q] == UInt8(ascii: "&") {
                cut = q
                break
            }
        }
        while cut > start, bytes[cut - 1] >= 0x80 { cut -= 1 }
        return cut
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard p + count <= bytes.count else { return false }
        for index in 0..<count where bytes[p + index] != prefix.utf8Start[index] { return false }
        return true
    }

    /// Whether the bytes from `p` to the end could still become `<!--` or `<![CDATA[`.
    private static func couldStart(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> Bool {
        for prefix in ["<!--", "<![CDATA["] as [StaticString] {
            let count = min(prefix.utf8CodeUnitCount, bytes.count - p)
            if (0..<count).allSatisfy({ bytes[p + $0] == prefix.utf8Start[$0] }) { return true }
        }
        return false
    }

    /// The offset of the first `needle` at or after `from`.
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int) -> Int? {
        let first = needle.utf8Start[0], count = needle.utf8CodeUnitCount
        var q = from
        while q + count <= bytes.count, let found = SystemCalls.firstOffset(of: first, in: bytes.baseAddress! + q, count: bytes.count - q) {
            let at = q + found
            guard at + count <= bytes.count else { return nil }
            if hasPrefix(bytes, at: at, needle) { return at }
            q = at + 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Character data: checked (allowed characters, UTF-8), entities replaced, and handed over
    /// inside the document element; outside it only white space is allowed.
    private mutating func text<Handler: XMLPartHandler>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ handler: inout Handler
    ) throws(XMLPartError) {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard stackStarts.count > 0 else {
            guard slice.allSatisfy(Self.isSpace) else {
                throw rootClosed
                    ? located("content after the end of the document element", "根元素结束后还有内容", at: base + range.lowerBound)
                    : located("text before the document element", "根元素之前有文本", at: base + range.lowerBound)
            }
            return
        }
        var needsDecoding = false, isASCII = true
        for index in slice.indices {
            let byte = slice[index]
            if byte < 0x20, !Self.isSpace(byte) {
                throw byte == 0
                    ? located("a NUL byte is not allowed in XML text", "XML 文本中不能有零字节", at: base + range.lowerBound + index)
                    : located("control character 0x\(String(byte, radix: 16)) is not allowed in XML text",
                              "XML 文本中不能有控制字符 0x\(String(byte, radix: 16))", at: base + range.lowerBound + index)
            }
            if byte == UInt8(ascii: "&") { needsDecoding = true } else if byte >= 0x80 { isASCII = false }
        }
        if !isASCII, String(validating: slice, as: UTF8.self) == nil {
            throw located("the text is not valid UTF-8", "文本不是有效的 UTF-8", at: base + range.lowerBound)
        }
        var text = slice
        if needsDecoding {
            decoded.removeAll()
            try decode(slice, into: decoded, at: range.lowerBound)
            text = decoded.values
        }
        do {
            try handler.characters(text)
        } catch {
            throw locating(error, at: base + range.lowerBound)
        }
    }

    private mutating func cdata<Handler: XMLPartHandler>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at p: Int, _ handler: inout Handler
    ) throws(XMLPartError) {
        guard stackStarts.count > 0 else { throw located("a CDATA section outside the document element", "CDATA 段在根元素之外", at: base + p) }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if let bad = slice.firstIndex(where: { $0 < 0x20 && !Self.isSpace($0) }) {
            throw slice[bad] == 0
                ? located("a NUL byte is not allowed in XML text", "XML 文本中不能有零字节", at: base + range.lowerBound)
                : located("a control character is not allowed in XML text", "XML 文本中不能有控制字符", at: base + range.lowerBound)
        }
        guard String(validating: slice, as: UTF8.self) != nil else {
            throw located("the text is not valid UTF-8", "文本不是有效的 UTF-8", at: base + p)
        }
        do {
            try handler.characters(slice)
        } catch {
            throw locating(error, at: base + p)
        }
    }

    /// Appends `text` to `output` with entities and character references replaced.
    private func decode(_ text: UnsafeBufferPointer<UInt8>, into output: ScalarBuffer<UInt8>, at offset: Int) throws(XMLPartError) {
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            guard let semicolon = text[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 else {
                throw located("an & that starts no entity (write &amp;)", "“&”后面不是实体（应写作 &amp;）", at: base + offset + index)
            }
            let name = String(decoding: text[(index + 1)..<semicolon], as: UTF8.self)
            switch name {
            case "lt": output.append(UInt8(ascii: "<"))
            case "gt": output.append(UInt8(ascii: ">"))
            case "amp": output.append(UInt8(ascii: "&"))
            case "quot": output.append(UInt8(ascii: "\""))
            case "apos": output.append(UInt8(ascii: "'"))
            default:
                let digits = name.hasPrefix("#x") ? name.dropFirst(2) : name.hasPrefix("#") ? name.dropFirst() : nil
                guard let digits, !digits.isEmpty, digits.allSatisfy(\.isHexDigit),
                      let value = UInt32(digits, radix: name.hasPrefix("#x") ? 16 : 10),
                      let scalar = Unicode.Scalar(value), Self.isXMLCharacter(value) else {
                    throw name.hasPrefix("#")
                        ? located("the character reference &\(name); names no character XML allows",
                                  "字符引用 &\(name); 不是 XML 允许的字符", at: base + offset + index)
                        : located("the entity &\(name); is not defined (only lt, gt, amp, quot, apos)",
                                  "实体 &\(name); 没有定义（只有 lt、gt、amp、quot、apos）", at: base + offset + index)
                }
                for byte in String(Character(scalar)).utf8 { output.append(byte) }
            }
            index = semicolon + 1
        }
    }

    /// XML 1.0's Char production: no NUL, no other control character but tab, LF and CR.
    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }

    /// The end of a name starting at `p`, after checking its bytes.
    @inline(__always)
    private func name(_ bytes: UnsafeBufferPointer<UInt8>, from p: Int, to limit: Int) throws(XMLPartError) -> Int {
        var q = p
        var isASCII = true
        while q < limit {
            let byte = bytes[q]
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") { break }
            let isNameByte = byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
                || (q > p && (byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")))
            guard isNameByte else {
                throw located("byte 0x\(String(byte, radix: 16)) cannot be part of an XML name", "字节 0x\(String(byte, radix: 16)) 不能出现在 XML 名称中", at: base + q)
            }
            if byte >= 0x80 { isASCII = false }
            q += 1
        }
        guard q > p else { throw located("a name is missing", "缺少名称", at: base + p) }
        if !isASCII, String(validating: UnsafeBufferPointer(rebasing: bytes[p..<q]), as: UTF8.self) == nil {
            throw located("an XML name is not valid UTF-8", "XML 名称不是有效的 UTF-8", at: base + p)
        }
        return q
    }

    /// Where the local part of the qualified name `bytes[range]` starts (after its last `:`).
    private static func localStart(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var start = range.upperBound
        while start > range.lowerBound, bytes[start - 1] != UInt8(ascii: ":") { start -= 1 }
        return start
    }

    /// The local part of the qualified name `bytes[range]`.
    private static func local(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[localStart(bytes, range)..<range.upperBound])
    }

    /// The offset of the `>` of the end tag at `p` when it is `</name>` for the innermost open
    /// element, with nothing between the name and `>` (the usual end tag, checked without a
    /// search); `nil` otherwise.
    @inline(__always)
    private func closesInnermost(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> Int? {
        guard stackStarts.count > 0 else { return nil }
        let open = stackStarts[stackStarts.count - 1], length = stackBytes.count - open
        let end = p + 2 + length
        guard end < bytes.count, bytes[end] == UInt8(ascii: ">"),
              SystemCalls.bytesEqual(stackBytes.base + open, bytes.baseAddress! + p + 2, count: length) else { return nil }
        return end
    }

    private mutating func endTag<Handler: XMLPartHandler>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at p: Int, _ handler: inout Handler
    ) throws(XMLPartError) {
        let nameEnd = try name(bytes, from: range.lowerBound, to: range.upperBound)
        guard bytes[nameEnd..<range.upperBound].allSatisfy(Self.isSpace) else {
            throw located("an end tag holds more than its name", "结束标签中除名称外还有其他内容", at: base + nameEnd)
        }
        let written = UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<nameEnd])
        guard stackStarts.count > 0 else {
            throw located("</\(String(decoding: written, as: UTF8.self))> closes no element", "</\(String(decoding: written, as: UTF8.self))> 没有对应的开始标签", at: base + p)
        }
        let open = stackStarts[stackStarts.count - 1]
        guard stackBytes.count - open == written.count,
              SystemCalls.bytesEqual(stackBytes.base + open, written.baseAddress!, count: written.count) else {
            let opened = UnsafeBufferPointer(rebasing: stackBytes.values[open...])
            let (closing, opening) = (String(decoding: written, as: UTF8.self), String(decoding: opened, as: UTF8.self))
            throw located("</\(closing)> closes <\(opening)>", "</\(closing)> 与开始标签 <\(opening)> 不匹配", at: base + p)
        }
        try popElement(bytes, range.lowerBound..<nameEnd, at: p, &handler)
    }

    /// Closes the innermost element, whose end tag at `p` has the name `bytes[name]`.
    private mutating func popElement<Handler: XMLPartHandler>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, at p: Int, _ handler: inout Handler
    ) throws(XMLPartError) {
        stackBytes.truncate(to: stackStarts[stackStarts.count - 1])
        stackStarts.truncate(to: stackStarts.count - 1)
        if stackStarts.count == 0 { rootClosed = true }
        do {
            try handler.endElement(Self.local(bytes, name))
        } catch {
            throw locating(error, at: base + p)
        }
    }

    /// The offset of the `>` that ends the tag at `p`, outside quoted values; `nil` when the
    /// chunk ends first.
    ///
    /// - Throws: for a `<` inside the tag.
    private func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) throws(XMLPartError) -> Int? {
        var q = p + 1
        var quote: UInt8 = 0
        while q < bytes.count {
            let byte = bytes[q]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return q
            } else if byte == UInt8(ascii: "<") {
                throw located("a tag holds \"<\"", "标签中有“<”", at: base + q)
            }
            q += 1
        }
        return nil
    }

    /// Parses the start tag at `p`; `nil` when it is cut by the end of the chunk.
    ///
    /// The tag is read in one pass (``readStartTag(_:at:)``). When that finds a problem, the
    /// tag's end is looked for first, as a reader that first delimits the tag would: a tag
    /// holding `<`, or one the chunk cuts, is reported (or waited for) as such, and only a
    /// whole tag's problem is reported as found.
    private mutating func startTag<Handler: XMLPartHandler>(
        _ bytes: UnsafeBufferPointer<UInt8>, at p: Int, isFinal: Bool, _ handler: inout Handler
    ) throws(XMLPartError) -> Int? {
        let tag: (nameEnd: Int, close: Int, isEmpty: Bool)?
        do {
            tag = try readStartTag(bytes, at: p)
        } catch {
            guard try tagEnd(bytes, at: p) != nil else {
                if isFinal { throw located("the part ends inside a tag", "部件在标签中间结束", at: base + p) }
                return nil
            }
            throw error
        }
        guard let tag else {
            if try tagEnd(bytes, at: p) == nil, !isFinal { return nil }
            throw located("the part ends inside a tag", "部件在标签中间结束", at: base + p)
        }
        hasRoot = true
        let localName = Self.local(bytes, (p + 1)..<tag.nameEnd)
        if !tag.isEmpty {
            stackStarts.append(stackBytes.count)
            stackBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(p + 1)..<tag.nameEnd]))
        }
        do {
            try handler.startElement(localName, attributes: XMLAttributes(tag: bytes.baseAddress!, decoded: decoded.base,
                                                                          bounds: attributes.values))
            if tag.isEmpty {
                try handler.endElement(localName)
                if stackStarts.count == 0 { rootClosed = true }
            }
        } catch {
            throw locating(error, at: base + p)
        }
        return tag.close + 1
    }

    /// Reads the start tag at `p` into ``attributes`` (and ``decoded``): where its name ends,
    /// the offset of its `>` and whether it is empty (`/>`); `nil` when the chunk ends first.
    private mutating func readStartTag(
        _ bytes: UnsafeBufferPointer<UInt8>, at p: Int
    ) throws(XMLPartError) -> (nameEnd: Int, close: Int, isEmpty: Bool)? {
        let n = bytes.count
        guard !rootClosed else { throw located("content after the end of the document element", "根元素结束后还有内容", at: base + p) }
        guard stackStarts.count < Self.maximumDepth else {
            throw located("elements are nested more than \(Self.maximumDepth) deep", "元素嵌套超过 \(Self.maximumDepth) 层", at: base + p)
        }
        let nameEnd = try name(bytes, from: p + 1, to: n)
        guard nameEnd < n else { return nil }
        attributes.removeAll()
        decoded.removeAll()
        var a = nameEnd
        while true {
            let before = a
            while a < n, Self.isSpace(bytes[a]) { a += 1 }
            guard a < n else { return nil }
            if bytes[a] == UInt8(ascii: ">") { return (nameEnd, a, false) }
            if bytes[a] == UInt8(ascii: "/") {
                guard a + 1 < n else { return nil }
                if bytes[a + 1] == UInt8(ascii: ">") { return (nameEnd, a + 1, true) }
            }
            guard a > before else { throw located("attributes must be separated by white space", "属性之间必须用空白分隔", at: base + a) }
            guard attributes.count < Self.maximumAttributes else {
                throw located("a tag has more than \(Self.maximumAttributes) attributes", "标签的属性超过 \(Self.maximumAttributes) 个", at: base + a)
            }
            let attributeEnd = try name(bytes, from: a, to: n)
            guard attributeEnd < n else { return nil }
            let qualified = a..<attributeEnd
            a = attributeEnd
            while a < n, Self.isSpace(bytes[a]) { a += 1 }
            guard a < n else { return nil }
            guard bytes[a] == UInt8(ascii: "=") else { throw located("an attribute has no value", "属性没有值", at: base + a) }
            a += 1
            while a < n, Self.isSpace(bytes[a]) { a += 1 }
            guard a < n else { return nil }
            guard bytes[a] == UInt8(ascii: "\"") || bytes[a] == UInt8(ascii: "'") else {
                throw located("an attribute value is not quoted", "属性值没有加引号", at: base + a)
            }
            let mark = bytes[a]
            let valueStart = a + 1
            var valueEnd = valueStart
            var hasEntity = false, isASCII = true
            while valueEnd < n, bytes[valueEnd] != mark {
                let byte = bytes[valueEnd]
                if byte < 0x20, !Self.isSpace(byte) {
                    throw located("a control character is not allowed in an attribute value", "属性值中不能有控制字符", at: base + valueEnd)
                }
                if byte == UInt8(ascii: "&") { hasEntity = true } else if byte >= 0x80 { isASCII = false }
                valueEnd += 1
            }
            guard valueEnd < n else { return nil }
            a = valueEnd + 1
            for index in 0..<attributes.count {
                let other = attributes[index]
                if other.nameEnd - other.qualifiedStart == qualified.count,
                   bytes[other.qualifiedStart] == bytes[qualified.lowerBound],
                   SystemCalls.bytesEqual(bytes.baseAddress! + other.qualifiedStart, bytes.baseAddress! + qualified.lowerBound,
                                          count: qualified.count) {
                    let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[qualified]), as: UTF8.self)
                    throw located("the attribute \(written) is given twice", "属性 \(written) 出现了两次", at: base + qualified.lowerBound)
                }
            }
            let value = UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])
            if !isASCII, String(validating: value, as: UTF8.self) == nil {
                throw located("an attribute value is not valid UTF-8", "属性值不是有效的 UTF-8", at: base + valueStart)
            }
            let localStart = Self.localStart(bytes, qualified)
            if hasEntity {
                let start = decoded.count
                try decode(value, into: decoded, at: valueStart)
                attributes.append(XMLAttributes.Bounds(qualifiedStart: qualified.lowerBound, nameStart: localStart,
                                                       nameEnd: attributeEnd, valueStart: start, valueEnd: decoded.count,
                                                       isDecoded: true))
            } else {
                attributes.append(XMLAttributes.Bounds(qualifiedStart: qualified.lowerBound, nameStart: localStart,
                                                       nameEnd: attributeEnd, valueStart: valueStart, valueEnd: valueEnd,
                                                       isDecoded: false))
            }
        }
    }
}
