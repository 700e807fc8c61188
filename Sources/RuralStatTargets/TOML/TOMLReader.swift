import RuralStatText

/// Reads TOML 1.0 (https://toml.io/en/v1.0.0) into ``TOMLValue``s, in Swift.
///
/// It replaces toml++ (through TOMLKit), whose parser reaches assertions on malformed input
/// (`a = 1` then `[*]`; `x = [}`): they abort a release build, and with `NDEBUG` they become
/// `__builtin_assume`, undefined behaviour. Every malformed document is an error here with
/// its line and column, and the reader's own limits keep it bounded: at most
/// ``maximumBytes`` of text and ``maximumDepth`` nested arrays and inline tables.
///
/// Everything of TOML 1.0 is read: bare, quoted and dotted keys; the four kinds of string
/// with every escape; decimal, hexadecimal, octal and binary integers (64-bit); floats with
/// `inf` and `nan`; booleans; offset and local dates and times (kept as text); arrays; inline
/// tables; `[tables]` and `[[arrays of tables]]`, with the rules on defining each key and
/// table once.
struct TOMLReader {
    /// The largest document read (a targets file is a few KB).
    static let maximumBytes = 1 << 20
    /// Arrays and inline tables nested deeper than this are refused.
    static let maximumDepth = 64

    /// A table while it is built: how it came to be decides what may still be added to it.
    private final class Node {
        enum Origin {
            /// Made as the parent of a `[a.b]` header; may still get its own header once.
            case implicit
            /// Defined by its own `[header]`, or an element of an array of tables.
            case header
            /// Made by a dotted key (`a.b = 1` makes table `a`).
            case dotted
            /// An inline table `{ … }`: closed once written.
            case inline
        }

        var origin: Origin
        var values: [String: TOMLValue] = [:]
        var tables: [String: Node] = [:]
        /// Arrays of tables, each element a table.
        var arrays: [String: [Node]] = [:]

        init(_ origin: Origin) {
            self.origin = origin
        }

        func has(_ key: String) -> Bool {
            values[key] != nil || tables[key] != nil || arrays[key] != nil
        }

        var value: TOMLTable {
            var table = TOMLTable()
            table.entries = values
            for (key, node) in tables { table.entries[key] = .table(node.value) }
            for (key, nodes) in arrays { table.entries[key] = .array(nodes.map { .table($0.value) }) }
            return table
        }
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Reads `text` as a TOML document.
    ///
    /// - Throws: ``TOMLSyntaxError`` at the first problem.
    static func read(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        var reader = TOMLReader(text)
        guard reader.bytes.count <= maximumBytes else {
            throw TOMLSyntaxError(line: 1, column: 1, message: LocalizedText(
                en: "the file is larger than \(maximumBytes >> 20) MiB", zh: "文件超过 \(maximumBytes >> 20) MiB"))
        }
        return try reader.document()
    }

    // MARK: - Positions and errors

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func error(_ en: String, _ zh: String, at offset: Int? = nil) -> TOMLSyntaxError {
        let at = offset ?? index
        let column = String(decoding: bytes[lineStart..<min(max(at, lineStart), bytes.count)], as: UTF8.self).count + 1
        return TOMLSyntaxError(line: line, column: column, message: LocalizedText(en: en, zh: zh))
    }

    private func describe(_ byte: UInt8?) -> LocalizedText {
        guard let byte else { return LocalizedText(en: "the end of the file", zh: "文件结尾") }
        if byte == 0x0A || byte == 0x0D { return LocalizedText(en: "the end of the line", zh: "行尾") }
        if byte < 0x20 || byte == 0x7F {
            return LocalizedText(en: "control character 0x\(String(byte, radix: 16))", zh: "控制字符 0x\(String(byte, radix: 16))")
        }
        let character = byte < 0x80 ? String(UnicodeScalar(byte))
            : String(String(decoding: bytes[index...].prefix(4), as: UTF8.self).prefix(1))
        return LocalizedText(en: "\"\(character)\"", zh: "“\(character)”")
    }

    private mutating func newline() {
        line += 1
        lineStart = index
    }

    // MARK: - Document

    private mutating func document() throws(TOMLSyntaxError) -> TOMLTable {
        let root = Node(.header)
        var table = root
        while true {
            skipSpaces()
            guard let byte = current else { break }
            switch byte {
            case UInt8(ascii: "#"), 0x0A, 0x0D:
                break
            case UInt8(ascii: "["):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") {
                    index += 2
                    let start = index
                    let key = try keyPath()
                    guard current == UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "]") else {
                        throw error("expected \"]]\" to close the array-of-tables header, found \(describe(current).en)",
                                    "表数组的标题应以“]]”结束，却是\(describe(current).zh)")
                    }
                    index += 2
                    table = try arrayTable(root, key, at: start)
                } else {
                    index += 1
                    let start = index
                    let key = try keyPath()
                    guard current == UInt8(ascii: "]") else {
                        throw error("expected \"]\" to close the table header, found \(describe(current).en)",
                                    "表标题应以“]”结束，却是\(describe(current).zh)")
                    }
                    index += 1
                    table = try headerTable(root, key, at: start)
                }
            default:
                try keyValue(into: table)
            }
            try endOfLine()
        }
        return root.value
    }

    /// Spaces and tabs, then a comment, then a line break or the end.
    private mutating func endOfLine() throws(TOMLSyntaxError) {
        skipSpaces()
        if current == UInt8(ascii: "#") { try comment() }
        guard let byte = current else { return }
        if byte == 0x0A {
            index += 1
            newline()
        } else if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            index += 2
            newline()
        } else {
            throw error("expected the end of the line, found \(describe(byte).en)", "此处应为行尾，却是\(describe(byte).zh)")
        }
    }

    private mutating func comment() throws(TOMLSyntaxError) {
        index += 1
        while let byte = current, byte != 0x0A {
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return }
            if byte < 0x20 && byte != 0x09 || byte == 0x7F { throw error("\(describe(byte).en) is not allowed in a comment", "注释中不能有\(describe(byte).zh)") }
            index += 1
        }
    }

    private mutating func skipSpaces() {
        while let byte = current, byte == 0x20 || byte == 0x09 { index += 1 }
    }

    /// White space, line breaks and comments (inside arrays).
    private mutating func skipBlank() throws(TOMLSyntaxError) {
        while let byte = current {
            if byte == 0x20 || byte == 0x09 {
                index += 1
            } else if byte == 0x0A {
                index += 1
                newline()
            } else if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                index += 2
                newline()
            } else if byte == UInt8(ascii: "#") {
                try comment()
            } else {
                return
            }
        }
    }

    // MARK: - Tables

    /// The table a `[a.b.c]` header defines.
    private mutating func headerTable(_ root: Node, _ key: [String], at start: Int) throws(TOMLSyntaxError) -> Node {
        let parent = try walk(root, Array(key.dropLast()), at: start)
        let last = key.last!
        if let existing = parent.tables[last] {
            guard existing.origin == .implicit else {
                throw error("the table [\(key.joined(separator: "."))] is defined twice (or by dotted keys before)",
                            "表 [\(key.joined(separator: "."))] 定义了两次（或之前已由带点的键定义）", at: start)
            }
            existing.origin = .header
            return existing
        }
        guard !parent.has(last) else { throw error("[\(key.joined(separator: "."))] names a key that is already defined",
                                                   "[\(key.joined(separator: "."))] 指向已定义的键", at: start) }
        let node = Node(.header)
        parent.tables[last] = node
        return node
    }

    /// The new element a `[[a.b]]` header appends.
    private mutating func arrayTable(_ root: Node, _ key: [String], at start: Int) throws(TOMLSyntaxError) -> Node {
        let parent = try walk(root, Array(key.dropLast()), at: start)
        let last = key.last!
        let node = Node(.header)
        if parent.arrays[last] != nil {
            parent.arrays[last]!.append(node)
        } else {
            guard !parent.has(last) else {
                throw error("[[\(key.joined(separator: "."))]] names a key that is already defined as something else",
                            "[[\(key.joined(separator: "."))]] 指向已定义为其他内容的键", at: start)
            }
            parent.arrays[last] = [node]
        }
        return node
    }

    /// Follows a header's key parts from the root, making the missing tables.
    private func walk(_ root: Node, _ parts: [String], at start: Int) throws(TOMLSyntaxError) -> Node {
        var node = root
        for part in parts {
            if let table = node.tables[part] {
                guard table.origin != .inline else { throw error("an inline table cannot be extended", "内联表不能再扩充", at: start) }
                node = table
            } else if let array = node.arrays[part] {
                node = array.last!
            } else if node.values[part] != nil {
                throw error("the key \(part) is already a value, not a table", "键 \(part) 已经是一个值，不是表", at: start)
            } else {
                let table = Node(.implicit)
                node.tables[part] = table
                node = table
            }
        }
        return node
    }

    /// `key = value`, the key perhaps dotted, into `table`.
    private mutating func keyValue(into table: Node) throws(TOMLSyntaxError) {
        let start = index
        let key = try keyPath()
        guard current == UInt8(ascii: "=") else { throw error("expected \"=\" after the key, found \(describe(current).en)",
                                                                       "键后面应为“=”，却是\(describe(current).zh)") }
        index += 1
        skipSpaces()
        var node = table
        for part in key.dropLast() {
            if let existing = node.tables[part] {
                guard existing.origin == .dotted else {
                    throw error("the dotted key \(key.joined(separator: ".")) adds to a table defined elsewhere",
                                "带点的键 \(key.joined(separator: ".")) 扩充了在别处定义的表", at: start)
                }
                node = existing
            } else if node.has(part) {
                throw error("the key \(part) is already defined as something else", "键 \(part) 已定义为其他内容", at: start)
            } else {
                let made = Node(.dotted)
                node.tables[part] = made
                node = made
            }
        }
        let last = key.last!
        guard !node.has(last) else { throw error("the key \(key.joined(separator: ".")) is defined twice",
                                                   "键 \(key.joined(separator: ".")) 定义了两次", at: start) }
        let value = try value()
        if case .table(let inline) = value {
            // Kept as a closed node, so that no header or dotted key can add to it.
            let made = Node(.inline)
            made.values = inline.entries
            node.tables[last] = made
        } else {
            node.values[last] = value
        }
    }

    /// A key of one or more dotted parts, with white space around the dots.
    private mutating func keyPath() throws(TOMLSyntaxError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            parts.append(try simpleKey())
            skipSpaces()
            guard current == UInt8(ascii: ".") else { return parts }
            index += 1
        }
    }

    private mutating func simpleKey() throws(TOMLSyntaxError) -> String {
        guard let byte = current else { throw error("expected a key, found the end of the file", "此处应为键，却到了文件结尾") }
        if byte == UInt8(ascii: "\"") {
            index += 1
            return try string(UInt8(ascii: "\""), multiline: false)
        }
        if byte == UInt8(ascii: "'") {
            index += 1
            return try string(UInt8(ascii: "'"), multiline: false)
        }
        let start = index
        while let byte = current, Self.isBareKey(byte) { index += 1 }
        guard index > start else { throw error("expected a key (letters, digits, _ or -, or a quoted key), found \(describe(byte).en)",
                                                 "此处应为键（字母、数字、_ 或 -，或带引号的键），却是\(describe(byte).zh)") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isBareKey(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte &- UInt8(ascii: "0") < 10
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    // MARK: - Values

    private mutating func value() throws(TOMLSyntaxError) -> TOMLValue {
        guard let byte = current else { throw error("expected a value, found the end of the file", "此处应为值，却到了文件结尾") }
        switch byte {
        case UInt8(ascii: "\""):
            if hasPrefix("\"\"\"") {
                index += 3
                return .string(try string(UInt8(ascii: "\""), multiline: true))
            }
            index += 1
            return .string(try string(UInt8(ascii: "\""), multiline: false))
        case UInt8(ascii: "'"):
            if hasPrefix("'''") {
                index += 3
                return .string(try string(UInt8(ascii: "'"), multiline: true))
            }
            index += 1
            return .string(try string(UInt8(ascii: "'"), multiline: false))
        case UInt8(ascii: "["):
            return try array()
        case UInt8(ascii: "{"):
            return try inlineTable()
        case UInt8(ascii: "t") where hasPrefix("true"):
            index += 4
            return .boolean(true)
        case UInt8(ascii: "f") where hasPrefix("false"):
            index += 5
            return .boolean(false)
        default:
            return try numberOrDate()
        }
    }

    private func hasPrefix(_ text: String) -> Bool {
        let prefix = Array(text.utf8)
        return index + prefix.count <= bytes.count && Array(bytes[index..<(index + prefix.count)]) == prefix
    }

    private mutating func nest() throws(TOMLSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error("arrays and inline tables nest more than \(Self.maximumDepth) deep",
                                                                    "数组和内联表嵌套超过 \(Self.maximumDepth) 层") }
    }

    private mutating func array() throws(TOMLSyntaxError) -> TOMLValue {
        try nest()
        defer { depth -= 1 }
        index += 1
        var items: [TOMLValue] = []
        while true {
            try skipBlank()
            if current == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            items.append(try value())
            try skipBlank()
            if current == UInt8(ascii: ",") {
                index += 1
            } else if current == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            } else {
                throw error("expected \",\" or \"]\" in the array, found \(describe(current).en)",
                            "数组中此处应为“,”或“]”，却是\(describe(current).zh)")
            }
        }
    }

    private mutating func inlineTable() throws(TOMLSyntaxError) -> TOMLValue {
        try nest()
        defer { depth -= 1 }
        index += 1
        let table = Node(.header)
        skipSpaces()
        if current == UInt8(ascii: "}") {
            index += 1
            return .table(table.value)
        }
        while true {
            skipSpaces()
            try keyValue(into: table)
            skipSpaces()
            if current == UInt8(ascii: ",") {
                index += 1
            } else if current == UInt8(ascii: "}") {
                index += 1
                return .table(table.value)
            } else {
                throw error("expected \",\" or \"}\" in the inline table (on one line, no trailing comma), found \(describe(current).en)",
                            "内联表中此处应为“,”或“}”（内联表写在一行内，末尾不加逗号），却是\(describe(current).zh)")
            }
        }
    }

    // MARK: - Strings

    /// A basic (`"`, with escapes) or literal (`'`) string, one-line or multi-line, after its
    /// opening quotes.
    private mutating func string(_ quote: UInt8, multiline: Bool) throws(TOMLSyntaxError) -> String {
        let isBasic = quote == UInt8(ascii: "\"")
        let mark = isBasic ? "\"\"\"" : "'''"
        var output: [UInt8] = []
        if multiline { skipFirstNewline() }
        while true {
            guard let byte = current else { throw error("a string is not closed before the end of the file", "字符串到文件结尾都没有闭合") }
            if byte == quote {
                if !multiline {
                    index += 1
                    return try text(output)
                }
                if hasPrefix(mark) {
                    // Up to two more quotes may end the string's content.
                    var quotes = 3
                    while quotes < 5, index + quotes < bytes.count, bytes[index + quotes] == quote { quotes += 1 }
                    output += Array(repeating: quote, count: quotes - 3)
                    index += quotes
                    return try text(output)
                }
                output.append(byte)
                index += 1
            } else if isBasic, byte == UInt8(ascii: "\\") {
                index += 1
                if multiline, let next = current, next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D {
                    // A line-ending backslash: drop white space and line breaks up to the next text.
                    let save = index
                    skipSpaces()
                    guard current == 0x0A || (current == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) else {
                        throw error("only white space may follow a line-ending backslash", "行尾反斜杠后面只能有空白", at: save)
                    }
                    try skipBlankInString()
                    continue
                }
                try escape(into: &output)
            } else if byte == 0x0A || byte == 0x0D {
                guard multiline else { throw error("a line break inside a one-line string (use \(mark) for several lines)",
                                                      "单行字符串中有换行（多行请用 \(mark)）") }
                try lineBreak(into: &output)
            } else if byte < 0x20 && byte != 0x09 || byte == 0x7F {
                throw error("\(describe(byte).en) is not allowed in a string\(isBasic ? "; write it as an escape" : "")",
                            "字符串中不能有\(describe(byte).zh)\(isBasic ? "；请写成转义序列" : "")")
            } else {
                output.append(byte)
                index += 1
            }
        }
    }

    private mutating func skipFirstNewline() {
        if current == 0x0A {
            index += 1
            newline()
        } else if current == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            index += 2
            newline()
        }
    }

    private mutating func lineBreak(into output: inout [UInt8]) throws(TOMLSyntaxError) {
        if current == 0x0D {
            guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else { throw error("a carriage return without a line feed", "回车符后面没有换行符") }
            index += 1
        }
        index += 1
        output.append(0x0A)
        newline()
    }

    private mutating func skipBlankInString() throws(TOMLSyntaxError) {
        while let byte = current {
            if byte == 0x20 || byte == 0x09 {
                index += 1
            } else if byte == 0x0A || byte == 0x0D {
                var ignored: [UInt8] = []
                try lineBreak(into: &ignored)
            } else {
                return
            }
        }
    }

    private mutating func escape(into output: inout [UInt8]) throws(TOMLSyntaxError) {
        guard let byte = current else { throw error("a string is not closed before the end of the file", "字符串到文件结尾都没有闭合") }
        index += 1
        switch byte {
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = byte == UInt8(ascii: "u") ? 4 : 8
            guard index + count <= bytes.count,
                  let value = UInt32(String(decoding: bytes[index..<(index + count)], as: UTF8.self), radix: 16),
                  bytes[index..<(index + count)].allSatisfy({ UnicodeScalar($0).properties.isASCIIHexDigit }),
                  let scalar = Unicode.Scalar(value) else {
                throw error("\\\(UnicodeScalar(byte)) needs \(count) hexadecimal digits naming a Unicode scalar value",
                            "\\\(UnicodeScalar(byte)) 后面需要 \(count) 位十六进制数字，表示一个 Unicode 字符", at: index - 2)
            }
            index += count
            output += Array(String(Character(scalar)).utf8)
        default:
            let written = String(decoding: [byte], as: UTF8.self)
            throw error("\\\(written) is not an escape (\\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)",
                        "\\\(written) 不是转义序列（可用 \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX）", at: index - 2)
        }
    }

    private func text(_ output: [UInt8]) throws(TOMLSyntaxError) -> String {
        guard let text = String(validating: output, as: UTF8.self) else { throw error("a string is not valid UTF-8", "字符串不是有效的 UTF-8") }
        return text
    }

    // MARK: - Numbers, dates and times

    private mutating func numberOrDate() throws(TOMLSyntaxError) -> TOMLValue {
        let start = index
        while let byte = current, Self.isValueCharacter(byte) { index += 1 }
        // A date and a time may be separated by one space: `1979-05-27 07:32:00`.
        if index - start == 10, current == 0x20, index + 3 < bytes.count, bytes[index + 1] &- UInt8(ascii: "0") < 10,
           bytes[index + 2] &- UInt8(ascii: "0") < 10, bytes[index + 3] == UInt8(ascii: ":") {
            index += 1
            while let byte = current, Self.isValueCharacter(byte) { index += 1 }
        }
        let token = String(decoding: bytes[start..<index], as: UTF8.self)
        guard !token.isEmpty else { throw error("expected a value, found \(describe(current).en)", "此处应为值，却是\(describe(current).zh)") }
        if let value = Self.number(token) { return value }
        if TOMLDateTime.isValid(token) { return .dateTime(token) }
        throw error("'\(token)' is not a TOML value (a number, a date, true, false, a \"string\", an [array] or an { inline table })",
                    "“\(token)”不是 TOML 的值（应为数字、日期、true、false、\"字符串\"、[数组] 或 { 内联表 }）", at: start)
    }

    private static func isValueCharacter(_ byte: UInt8) -> Bool {
        isBareKey(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    /// An integer or float token, by TOML's rules (underscores between digits, no leading zeros).
    static func number(_ token: String) -> TOMLValue? {
        var body = Substring(token)
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = String(first)
            body = body.dropFirst()
        }
        switch body {
        case "inf": return .float(sign == "-" ? -.infinity : .infinity)
        case "nan": return .float(.nan)
        default: break
        }
        if body.hasPrefix("0x") || body.hasPrefix("0o") || body.hasPrefix("0b") {
            guard sign.isEmpty else { return nil }
            let radix = body.hasPrefix("0x") ? 16 : body.hasPrefix("0o") ? 8 : 2
            let digits = body.dropFirst(2)
            guard let clean = underscoresRemoved(digits, allowed: { $0.isHexDigit && Int(String($0), radix: radix) != nil }),
                  let value = Int(clean, radix: radix) else { return nil }
            return .integer(value)
        }
        let exponentAt = body.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = exponentAt.map { body[..<$0] } ?? body
        let exponent = exponentAt.map { body[body.index(after: $0)...] }
        let pointAt = mantissa.firstIndex(of: ".")
        let whole = pointAt.map { mantissa[..<$0] } ?? mantissa
        let fraction = pointAt.map { mantissa[mantissa.index(after: $0)...] }
        guard let wholeDigits = underscoresRemoved(whole, allowed: \.isASCIIDigit),
              wholeDigits == "0" || !wholeDigits.hasPrefix("0") else { return nil }
        if fraction == nil, exponent == nil {
            return Int(sign + wholeDigits).map(TOMLValue.integer)
        }
        var text = sign + wholeDigits
        if let fraction {
            guard let digits = underscoresRemoved(fraction, allowed: \.isASCIIDigit) else { return nil }
            text += "." + digits
        }
        if var exponent {
            var exponentSign = ""
            if let first = exponent.first, first == "+" || first == "-" {
                exponentSign = String(first)
                exponent = exponent.dropFirst()
            }
            guard let digits = underscoresRemoved(exponent, allowed: \.isASCIIDigit) else { return nil }
            text += "e" + exponentSign + digits
        }
        return Double(text).map(TOMLValue.float)
    }

    /// The digits of `text` without its underscores, each of which must lie between digits;
    /// `nil` if it is empty or breaks that rule.
    private static func underscoresRemoved(_ text: Substring, allowed: (Character) -> Bool) -> String? {
        guard let first = text.first, let last = text.last, allowed(first), allowed(last) else { return nil }
        var result = ""
        var previousWasUnderscore = false
        for character in text {
            if character == "_" {
                guard !previousWasUnderscore else { return nil }
                previousWasUnderscore = true
                continue
            }
            guard allowed(character) else { return nil }
            previousWasUnderscore = false
            result.append(character)
        }
        return result
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
