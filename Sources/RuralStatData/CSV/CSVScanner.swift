import RuralStatText

/// A byte-level RFC 4180 scanner: splits UTF-8 bytes into records and fields without making a
/// `String` per cell.
///
/// Fields are separated by commas and records by LF, CRLF or a lone CR. A field that starts
/// with a double quote is quoted: it may hold commas, quotes (doubled: `""`) and line breaks.
/// Where RFC 4180 is strict and files in the wild are not, the scanner is lenient and keeps
/// the bytes: a quote inside an unquoted field is an ordinary character, and text between a
/// closing quote and the next comma is kept after the quoted part. Empty lines are skipped.
///
/// The scanner works on a block at a time: it hands every *complete* record of the block to
/// a closure and says where the unconsumed tail begins, so a reader can move the tail to the
/// front, append the next block and scan again. Quoted fields are unquoted in place (the
/// unquoted text is never longer), only once a record is known to be complete.
///
/// - Complexity: O(n) in the bytes scanned; each byte is looked at once, plus once more in a
///   quoted field.
package struct CSVScanner {
    /// The line of the file on which the next unconsumed byte lies (1-based).
    package private(set) var line: Int

    /// A quoted field still open at the end of the input.
    package struct UnterminatedQuote: Error, Equatable, CustomStringConvertible {
        /// The line on which the record with the open quote starts.
        package let line: Int

        /// `a quoted field that starts on line L has no closing quote`.
        package var message: LocalizedText {
            LocalizedText(en: "a quoted field that starts on line \(line) has no closing quote",
                          zh: "从第\(line)行开始的带引号字段没有闭合的引号")
        }

        /// The English ``message``.
        package var description: String { message.en }
    }

    private let starts = ScalarBuffer<Int>(capacity: 64)
    private let ends = ScalarBuffer<Int>(capacity: 64)
    private let quotedFields = ScalarBuffer<Int>(capacity: 16)

    /// Creates a scanner whose first byte lies on line `firstLine`.
    package init(firstLine: Int = 1) {
        line = firstLine
    }

    /// Scans `buffer[from..<to]`, calling `body` for each complete record.
    ///
    /// - Parameters:
    ///   - isFinal: whether the input ends at `to`; if not, a record cut by `to` is left for
    ///     the next call, otherwise it is the last record of the file.
    /// - Returns: the offset of the first byte not consumed (`to` when `isFinal`).
    /// - Throws: ``UnterminatedQuote`` when `isFinal` and a quoted field is still open.
    package mutating func scan(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, from: Int, to end: Int, isFinal: Bool,
        _ body: (CSVRecord) -> Void
    ) throws(UnterminatedQuote) -> Int {
        guard let bytes = buffer.baseAddress, from < end else { return from }
        precondition(end <= buffer.count, "CSVScanner: range beyond the buffer")
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var position = from
        // The field bounds of the record, written through local pointers: stores to `bytes`
        // (unquoting) could alias a class's fields, which would then be reloaded per field.
        var fieldStarts = starts.base, fieldEnds = ends.base
        var capacity = min(starts.capacity, ends.capacity)
        while position < end {
            let recordStart = position
            let recordLine = line
            var fields = 0
            quotedFields.removeAll()
            // Most records have no carriage return and quote only whole fields: their
            // separators are found eight bytes at a time, and a quoted field's closing quote
            // byte by byte. Any other record (a carriage return, a quote inside a field, text
            // after a closing quote), or one cut by the end of the buffer, is scanned byte by
            // byte below, from its start.
            var isScanned = false
            var fieldStart = position, q = position
            words: while q + 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes + q).loadUnaligned(as: UInt64.self))
                let lineFeeds = Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                var separators = Self.zeroBytes(word ^ 0x2C2C_2C2C_2C2C_2C2C) | lineFeeds
                let special = Self.zeroBytes(word ^ 0x2222_2222_2222_2222) | Self.zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                // Only the separators before the word's first quote or carriage return count
                // (each flag is the top bit of its byte).
                if special != 0 { separators &= (special & (0 &- special)) &- 1 }
                while separators != 0 {
                    let flag = separators & (0 &- separators)
                    let at = q + flag.trailingZeroBitCount >> 3
                    if fields == capacity { growFieldBounds(&fieldStarts, &fieldEnds, &capacity, keeping: fields) }
                    fieldStarts[fields] = fieldStart
                    fieldEnds[fields] = at
                    fields += 1
                    if lineFeeds & flag != 0 {
                        position = at + 1
                        line += 1
                        isScanned = true
                        break words
                    }
                    fieldStart = at + 1
                    separators ^= flag
                }
                if special != 0 {
                    let open = q + special.trailingZeroBitCount >> 3
                    guard open == fieldStart, bytes[open] == quote,
                          let close = Self.closingQuote(bytes, after: open, end: end, line: &line) else { break words }
                    let next = bytes[close + 1]
                    guard next == comma || next == lf else { break words }
                    if fields == capacity { growFieldBounds(&fieldStarts, &fieldEnds, &capacity, keeping: fields) }
                    quotedFields.append(fields)
                    fieldStarts[fields] = open
                    fieldEnds[fields] = close + 1
                    fields += 1
                    if next == lf {
                        position = close + 2
                        line += 1
                        isScanned = true
                        break words
                    }
                    fieldStart = close + 2
                    q = close + 2
                    continue words
                }
                q += 8
            }
            if !isScanned {
                // Start the record again: forget what the word loop found.
                fields = 0
                line = recordLine
                quotedFields.removeAll()
                var p = position
                fields: while true {
                    let fieldStart = p
                    if p < end, bytes[p] == quote {
                        p += 1
                        while true {
                            guard p < end else {
                                if isFinal { throw UnterminatedQuote(line: recordLine) }
                                line = recordLine
                                return recordStart
                            }
                            let byte = bytes[p]
                            if byte == quote {
                                if p + 1 < end, bytes[p + 1] == quote {
                                    p += 2
                                    continue
                                }
                                if p + 1 >= end, !isFinal {
                                    line = recordLine
                                    return recordStart
                                }
                                p += 1
                                break
                            }
                            if byte == lf || (byte == cr && !(p + 1 < end && bytes[p + 1] == lf)) { line += 1 }
                            p += 1
                        }
                        quotedFields.append(fields)
                    }
                    while p < end {
                        // Digits, letters and every byte of a multi-byte character lie above the
                        // comma (0x2C), the highest byte that can end a field: one test for most.
                        let byte = bytes[p]
                        if byte <= comma, byte == comma || byte == lf || byte == cr { break }
                        p += 1
                    }
                    if fields == capacity { growFieldBounds(&fieldStarts, &fieldEnds, &capacity, keeping: fields) }
                    fieldStarts[fields] = fieldStart
                    fieldEnds[fields] = p
                    fields += 1
                    guard p < end else {
                        if !isFinal {
                            line = recordLine
                            return recordStart
                        }
                        position = end
                        break fields
                    }
                    let byte = bytes[p]
                    if byte == comma {
                        p += 1
                        continue
                    }
                    if byte == cr {
                        if p + 1 < end {
                            p += bytes[p + 1] == lf ? 2 : 1
                        } else if isFinal {
                            p += 1
                        } else {
                            line = recordLine
                            return recordStart
                        }
                    } else {
                        p += 1
                    }
                    line += 1
                    position = p
                    break fields
                }
            }
            if fields == 1, fieldStarts[0] == fieldEnds[0] { continue }
            for index in quotedFields.values {
                fieldEnds[index] = Self.unquote(bytes, from: fieldStarts[index], to: fieldEnds[index])
            }
            body(CSVRecord(base: UnsafePointer(bytes), starts: UnsafeBufferPointer(start: fieldStarts, count: fields),
                           ends: UnsafeBufferPointer(start: fieldEnds, count: fields), line: recordLine))
        }
        return position
    }

    /// The closing quote of the quoted field opened at `open`, counting the line feeds inside
    /// it into `line`; `nil` (leaving `line` alone) when the field holds a carriage return,
    /// or when its end cannot be told before `end` (no closing quote, or one that is the last
    /// byte, which could be the first of a doubled quote).
    @inline(never)
    private static func closingQuote(
        _ bytes: UnsafeMutablePointer<UInt8>, after open: Int, end: Int, line: inout Int
    ) -> Int? {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var p = open + 1, breaks = 0
        while p + 1 < end {
            let byte = bytes[p]
            if byte == quote {
                guard bytes[p + 1] == quote else {
                    line += breaks
                    return p
                }
                p += 2
                continue
            }
            if byte == lf { breaks += 1 } else if byte == cr { return nil }
            p += 1
        }
        return nil
    }

    /// Doubles the memory for field bounds, keeping the first `fields`.
    private func growFieldBounds(
        _ fieldStarts: inout UnsafeMutablePointer<Int>, _ fieldEnds: inout UnsafeMutablePointer<Int>,
        _ capacity: inout Int, keeping fields: Int
    ) {
        starts.grow(to: capacity * 2, keeping: fields)
        ends.grow(to: capacity * 2, keeping: fields)
        fieldStarts = starts.base
        fieldEnds = ends.base
        capacity *= 2
    }

    /// The zero bytes of `x`: the high bit of each is set, every other bit clear. Exact (no
    /// carry crosses bytes): `~(((x & 0x7F…) + 0x7F…) | x | 0x7F…)`.
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low) &+ low) | x | low)
    }

    /// Removes the enclosing quotes of the quoted field `start..<end` and undoubles the quotes
    /// inside, moving the text to the field's first byte.
    ///
    /// - Returns: the new end of the field.
    private static func unquote(_ bytes: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) -> Int {
        let quote = UInt8(ascii: "\"")
        var read = start + 1
        var write = start
        while read < end {
            let byte = bytes[read]
            if byte == quote {
                if read + 1 < end, bytes[read + 1] == quote {
                    bytes[write] = quote
                    write += 1
                    read += 2
                } else {
                    read += 1
                }
                continue
            }
            bytes[write] = byte
            write += 1
            read += 1
        }
        return write
    }
}
