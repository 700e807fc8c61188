import RuralStatText

/// Renders a document as one self-contained HTML5 page.
extension ReportDocument {
    /// The page in `language`: `<html lang="en">` or `lang="zh-CN"`, UTF-8, an inline style
    /// sheet (screen and A4 print) and nothing else fetched or run: no script, no external
    /// address, no `@import`, no `url(…)`, no font file (the font stack names fonts the systems
    /// have, `FontStack` of RuralStatText). The document's title, when it has one, heads the
    /// page (`<h1>`; the `<title>` falls back to the first heading). A contents list links to
    /// the sections by `#fragment` when there are two or more; each section has its heading,
    /// its figures (inline SVG with a caption) and its table; the notes follow. The same
    /// document gives the same bytes.
    /// Tables show their essential and standard columns, or every column when `wide`.
    public func html(language: Language, wide: Bool = false) -> String {
        let ids = Self.sectionIDs(sections.map(\.key))
        let pageTitle = language == .zh
            ? (chineseTitle.isEmpty ? sections.first?.chineseHeading ?? "RuralStat" : chineseTitle)
            : (title.isEmpty ? sections.first?.heading ?? "RuralStat" : title)
        var out = "<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\">\n<head>\n"
        out += "<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(MarkupEscaping.escaped(pageTitle))</title>\n"
        out += "<style>\n\(Self.styleSheet)</style>\n</head>\n<body>\n<main>\n"
        let shownTitle = language == .zh ? chineseTitle : title
        if !shownTitle.isEmpty { out += "<h1>\(MarkupEscaping.escaped(shownTitle))</h1>\n" }
        if sections.count > 1 {
            out += "<nav aria-label=\"\(language == .zh ? "目录" : "Contents")\">\n<ol>\n"
            for (section, id) in zip(sections, ids) {
                out += "<li><a href=\"#\(id)\">\(MarkupEscaping.escaped(section.heading(in: language)))</a></li>\n"
            }
            out += "</ol>\n</nav>\n"
        }
        for (section, id) in zip(sections, ids) {
            out += "<section id=\"\(id)\">\n<h2>\(MarkupEscaping.escaped(section.heading(in: language)))</h2>\n"
            for figure in section.figures {
                out += "<figure>\n\(figure.inlineSVG)\n"
                let caption = figure.caption(in: language)
                if !caption.isEmpty { out += "<figcaption>\(MarkupEscaping.escaped(caption))</figcaption>\n" }
                out += "</figure>\n"
            }
            if !section.table.columns.isEmpty { out += section.table.html(language: language, wide: wide) }
            out += "</section>\n"
        }
        if !notes.isEmpty {
            out += "<ul class=\"notes\">\n"
            for note in notes { out += "<li>\(MarkupEscaping.escaped(note))</li>\n" }
            out += "</ul>\n"
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    /// Fragment identifiers from the section keys: ASCII letters, digits, `-` and `_` kept,
    /// anything else `-`, prefixed `section-`; a repeated key gets `-2`, `-3`, ….
    private static func sectionIDs(_ keys: [String]) -> [String] {
        func base(_ key: String) -> String {
            "section-" + String(key.unicodeScalars.map { scalar -> Character in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
                    ? Character(scalar) : "-"
            })
        }
        return UniqueNames.make(keys, first: base, variant: { "\(base($0))-\($1)" })
    }

    /// The page's style: a readable column of text, tables with a header rule and right-aligned
    /// tabular numbers, figures scaled to the page width; for print, A4 with 15 mm margins,
    /// header rows repeated on each page, no row, figure or heading split across pages.
    static let styleSheet = """
        :root { color: #1a1a1a; background: #ffffff; }
        body { font-family: \(FontStack.sansSerif); font-size: 15px; line-height: 1.5; margin: 0; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 1.6em; margin: 0 0 0.6em; }
        h2 { font-size: 1.25em; margin: 1.6em 0 0.6em; border-bottom: 1px solid #cccccc; padding-bottom: 0.2em; }
        nav ol { margin: 0 0 1em; padding-left: 1.4em; }
        a { color: #1f4e79; }
        table { border-collapse: collapse; margin: 0.4em 0 1.2em; font-size: 0.9em; }
        th, td { padding: 3px 8px; border-bottom: 1px solid #e0e0e0; text-align: left; vertical-align: top; }
        th { border-bottom: 2px solid #555555; font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure { margin: 0.6em 0 1.2em; }
        figure svg { max-width: 100%; height: auto; }
        p.table-note { font-size: 0.85em; color: #444444; margin: -0.8em 0 1.2em; }
        figcaption { font-size: 0.9em; color: #444444; margin-top: 0.3em; }
        .notes { color: #444444; font-size: 0.9em; }
        @media print {
          @page { size: A4; margin: 15mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          thead { display: table-header-group; }
          tr, figure { break-inside: avoid; page-break-inside: avoid; }
          h2 { break-after: avoid; page-break-after: avoid; }
        }

        """
}
