import RuralStatText

/// A figure of a ``ReportDocument/Section``: an SVG image given as text, with a caption in
/// English and Chinese.
///
/// The renderer does not know what the image shows (it is domain-free): the HTML page
/// inserts ``svg`` inline as it is, so the caller answers for it being self-contained (no
/// external reference, no script); charts of `RuralStatCharts` are. What only a standalone
/// file needs is dropped inline: a leading XML declaration (`<?xml …?>`) and the root's
/// `xmlns="http://www.w3.org/2000/svg"` (HTML puts `<svg>` in that namespace itself).
public struct ReportFigure: Sendable, Hashable {
    /// The `<svg>` element's text.
    public let svg: String
    /// The caption in English.
    public let caption: String
    /// The caption in Chinese.
    public let chineseCaption: String

    /// Creates a figure.
    public init(svg: String, caption: String, chinese: String) {
        self.svg = svg
        self.caption = caption
        self.chineseCaption = chinese
    }

    /// The caption in `language`.
    func caption(in language: Language) -> String {
        language == .zh ? chineseCaption : caption
    }

    /// ``svg`` for inside an HTML page: without a leading XML declaration, the root's SVG
    /// namespace declaration or surrounding blank space.
    var inlineSVG: String {
        var text = Substring(svg).drop { $0.isWhitespace }
        if text.hasPrefix("<?xml"), let end = text.firstRange(of: "?>") {
            text = text[end.upperBound...].drop { $0.isWhitespace }
        }
        while text.last?.isWhitespace == true { text.removeLast() }
        guard text.hasPrefix("<svg"), let rootEnd = text.firstIndex(of: ">"),
              let namespace = text[..<rootEnd].firstRange(of: #" xmlns="http://www.w3.org/2000/svg""#)
        else { return String(text) }
        return String(text[..<namespace.lowerBound] + text[namespace.upperBound...])
    }
}

extension ReportFigure {
    /// The figure in Markdown: the SVG as a raw HTML block (CommonMark ends such a block at a
    /// blank line, so blank lines inside are dropped), then the caption in italics. Viewers
    /// that render HTML (pandoc, VS Code, Jupyter) show the chart; GitHub strips inline SVG and
    /// keeps the caption.
    func markdown(language: Language) -> String {
        let lines = inlineSVG.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        let caption = caption(in: language)
        return lines.joined(separator: "\n") + "\n\n" + (caption.isEmpty ? "" : "*\(Self.markdownEscaped(caption))*\n\n")
    }

    /// `text` with Markdown's emphasis and markup characters backslash-escaped.
    private static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\*_`[]<>|#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
