import RuralStatText

/// Renders a table for a terminal.
extension ReportTable {
    /// An aligned plain-text table in `language`: a title row, a rule, then the rows; numbers
    /// right-aligned with units and thousands separators; Chinese text measured in terminal
    /// columns so the columns line up.
    ///
    /// The columns are those `layout` shows (see ``TableLayout``): a table too wide for the
    /// terminal loses its standard columns, or becomes one block per row when even its
    /// essential columns do not fit; a note under it names the columns left out.
    public func terminalText(language: Language, layout: TableLayout = .unfitted) -> String {
        let shown = shown(layout, language: language)
        var out = shown.vertical ? shown.table.blocks(language: language, width: layout.width)
            : shown.table.aligned(language: language, wrapped: shown.wrapped)
        if let note = Self.leftOutNote(shown.leftOut, language: language) {
            out += Self.wrapped(note, width: layout.width, breaks: [",", "、", ";", "；", "，"]) + "\n"
        }
        return out
    }

    /// Every column side by side; the cells of the `wrapped` column broken into lines of at
    /// most its width, the other cells of a row's further lines left blank.
    private func aligned(language: Language, wrapped: (column: Int, width: Int)? = nil) -> String {
        let titles = columns.map { $0.title(in: language) }
        let cells = rows.indices.map { r in columns.indices.map { displayText(row: r, column: $0, language: language) } }
        let lines = cells.map { row in
            row.indices.map { c in
                c == wrapped?.column ? Self.wrapped(row[c], width: wrapped!.width, breaks: [" ", "；", "、", "，"], indent: 0)
                    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : [row[c]]
            }
        }
        let widths = columns.indices.map { c in
            ([titles[c]] + lines.flatMap { $0[c] }).map(DisplayWidth.of).max() ?? 0
        }
        func line(_ texts: [String]) -> String {
            var text = columns.indices
                .map { c in DisplayWidth.pad(texts[c], to: widths[c], leading: isNumeric(column: c)) }
                .joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var out = line(titles) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in lines {
            for k in 0..<(row.map(\.count).max() ?? 1) { out += line(row.map { k < $0.count ? $0[k] : "" }) + "\n" }
        }
        return out
    }

    /// One block per row: the row's leading year and text columns (what names it) joined by
    /// ` · ` as its heading, then one `title  value` line per other column, numbers aligned on
    /// their right, a long heading or text broken to `width`; blocks apart by an empty line.
    private func blocks(language: Language, width: Int?) -> String {
        let naming = columns.prefix { $0.style == .year || $0.style == .text }.count
        let titles = columns.map { $0.title(in: language) }
        let titleWidth = titles.dropFirst(naming).map(DisplayWidth.of).max() ?? 0
        var values: [[String]] = []
        for r in rows.indices { values.append(columns.indices.map { displayText(row: r, column: $0, language: language) }) }
        let numberWidth = values.flatMap { row in row.indices.filter { $0 >= naming && isNumeric(column: $0) }.map { row[$0] } }
            .map(DisplayWidth.of).max() ?? 0
        let indent = 2 + titleWidth + 2
        var parts: [String] = []
        for row in values {
            var block = naming > 0 ? Self.wrapped(row.prefix(naming).joined(separator: " · "), width: width) + "\n" : ""
            for c in naming..<columns.count {
                let value = isNumeric(column: c) ? DisplayWidth.pad(row[c], to: numberWidth, leading: true)
                    : Self.wrapped(row[c], width: width, breaks: [" ", "；", "、", "，"], start: indent, indent: indent)
                var line = "  " + DisplayWidth.pad(titles[c], to: titleWidth, leading: false) + "  " + value
                while line.last == " " { line.removeLast() }
                block += line + "\n"
            }
            parts.append(block)
        }
        return parts.joined(separator: "\n")
    }

    /// `text` broken after one of `breaks`, or between two Chinese characters (not before a
    /// closing punctuation mark), so that no line reaches past column `width` (a longer piece
    /// stays whole): the first line starts at column `start`, each further line is indented by
    /// `indent` spaces; unchanged without a width.
    static func wrapped(
        _ text: String, width: Int?, breaks: Set<Character> = [" ", "、", "，", "：", "；", "。"], start: Int = 0, indent: Int = 2
    ) -> String {
        guard let width else { return text }
        var pieces: [String] = []
        var piece = ""
        for character in text {
            let ends = [piece.last, piece.trimmingSuffixSpaces.last].compactMap { $0 }
            let betweenChinese = piece.last.map(Self.isWide) == true && Self.isWide(character)
                && !"，。；：、）》」”！？".contains(character)
            if character != " ", ends.contains(where: breaks.contains) || betweenChinese {
                pieces.append(piece)
                piece = ""
            }
            piece.append(character)
        }
        if !piece.isEmpty { pieces.append(piece) }
        let padding = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        var column = start
        for piece in pieces {
            if !line.isEmpty, column + DisplayWidth.of(piece.trimmingSuffixSpaces) > width {
                lines.append(line.trimmingSuffixSpaces)
                line = padding
                column = indent
            }
            line += piece
            column += DisplayWidth.of(piece)
        }
        lines.append(line.trimmingSuffixSpaces)
        return lines.joined(separator: "\n")
    }
}

extension ReportTable {
    /// Whether `character` takes two terminal columns (Chinese).
    fileprivate static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.contains { DisplayWidth.of($0) == 2 }
    }
}

private extension String {
    var trimmingSuffixSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
