import RuralStatText

/// Which columns a table for people shows under a ``TableLayout``.
extension ReportTable {
    /// How a table is shown: its columns in one table, or each row as a vertical block.
    struct Shown {
        /// The table of the columns shown.
        let table: ReportTable
        /// Whether each row is shown as a block of `title  value` lines.
        let vertical: Bool
        /// The columns left out, in table order.
        let leftOut: [ReportColumn]
        /// A text column of ``table`` whose cells are broken into lines of at most `width`
        /// columns so that the table fits, if any.
        var wrapped: (column: Int, width: Int)? = nil
    }

    /// The fewest columns a long text is broken to, so that it stays readable.
    static let narrowestWrappedText = 24

    /// The columns shown under `layout`, measured in `language`'s titles and cells.
    ///
    /// On a terminal the widest text column after the leading year and text columns (e.g. the
    /// reasons of a risk list) counts as only ``narrowestWrappedText`` wide (or its title's
    /// width): once the columns are chosen it takes the width that is left and its cells
    /// are broken into lines.
    func shown(_ layout: TableLayout, language: Language) -> Shown {
        if layout.wide { return Shown(table: self, vertical: false, leftOut: []) }
        var kept = columns.indices.filter { columns[$0].priority != .wide }
        guard let width = layout.width else { return shown(kept, vertical: false) }
        let widths = columns.indices.map { c in
            ([columns[c].title(in: language)] + rows.indices.map { displayText(row: $0, column: c, language: language) })
                .map(DisplayWidth.of).max() ?? 0
        }
        let naming = columns.prefix { $0.style == .year || $0.style == .text }.count
        let wrap = kept.filter { $0 >= naming && columns[$0].style == .text }.max { widths[$0] < widths[$1] }
        var measured = widths
        if let wrap {
            measured[wrap] = min(widths[wrap], max(DisplayWidth.of(columns[wrap].title(in: language)), Self.narrowestWrappedText))
        }
        func total(_ indices: [Int]) -> Int { indices.map { measured[$0] }.reduce(0, +) + 2 * max(indices.count - 1, 0) }
        func fitted(_ indices: [Int]) -> Shown {
            var shown = shown(indices, vertical: false)
            if let wrap, let position = indices.firstIndex(of: wrap) {
                let room = width - (total(indices) - measured[wrap])
                if room < widths[wrap] { shown.wrapped = (position, room) }
            }
            return shown
        }
        guard total(kept) > width else { return fitted(kept) }
        let all = kept
        if kept.contains(where: { columns[$0].priority == .essential }) {
            // Standard columns without a value in any row go first, then others from the right.
            kept.removeAll { columns[$0].priority == .standard && isEmpty(column: $0) }
            while total(kept) > width, let last = kept.lastIndex(where: { columns[$0].priority == .standard }) {
                kept.remove(at: last)
            }
            if total(kept) <= width { return fitted(kept) }
        }
        return shown(all, vertical: true)
    }

    private func shown(_ indices: [Int], vertical: Bool) -> Shown {
        var table = ReportTable(columns: indices.map { columns[$0] })
        for row in rows { table.append(indices.map { row[$0] }) }
        let kept = Set(indices)
        // A column with no value in any row is not worth a word in the note.
        let leftOut = columns.indices.filter { !kept.contains($0) && !isEmpty(column: $0) }.map { columns[$0] }
        return Shown(table: table, vertical: vertical, leftOut: leftOut)
    }

    /// Whether every cell of column `column` is missing.
    private func isEmpty(column: Int) -> Bool {
        rows.allSatisfy { row in
            switch row[column] {
            case .missing: true
            case .number(let value), .quantity(let value, _): value.isNaN
            default: false
            }
        }
    }

    /// The note under a table that left out `columns`: the titles of the standard ones (left
    /// out to fit the terminal), how many others (shown only with `--wide`), and that `--wide`
    /// shows them all.
    static func leftOutNote(_ columns: [ReportColumn], language: Language) -> String? {
        guard !columns.isEmpty else { return nil }
        let zh = language == .zh
        let titles = columns.filter { $0.priority != .wide }.map { $0.title(in: language) }
        let more = columns.count - titles.count
        let wide = zh ? "--wide 显示全部列" : "--wide shows every column"
        if titles.isEmpty {
            return zh ? "另有 \(more) 列未显示；\(wide)" : "\(more) more column\(more == 1 ? "" : "s") not shown; \(wide)"
        }
        let named = titles.joined(separator: zh ? "、" : ", ")
        if more == 0 { return zh ? "未显示：\(named)；\(wide)" : "not shown: \(named); \(wide)" }
        return zh ? "未显示：\(named)，另有 \(more) 列；\(wide)"
            : "not shown: \(named) and \(more) more column\(more == 1 ? "" : "s"); \(wide)"
    }
}
