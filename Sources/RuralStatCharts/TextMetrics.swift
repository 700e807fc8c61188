import RuralStatText

/// Estimates of how wide text is drawn, for placing labels without a font at hand: a wide
/// (East Asian) character is about one em, any other about 0.6 em, a combining mark nothing.
///
/// The estimate errs wide for Latin text in most sans-serif fonts (average ≈ 0.5–0.55 em), so
/// labels placed by it leave a margin rather than touch.
public enum TextMetrics {
    /// The estimated width of `text` at `fontSize` (in the same unit).
    public static func width(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0.0) { $0 + ems(DisplayWidth.of($1)) } * fontSize
    }

    private static func ems(_ columns: Int) -> Double {
        switch columns {
        case 0: 0
        case 1: 0.6
        default: 1
        }
    }

    /// `text` shortened to fit `width` at `fontSize`, ending in `…`; `text` itself when it fits.
    public static func truncated(_ text: String, toWidth width: Double, fontSize: Double) -> String {
        guard self.width(text, fontSize: fontSize) > width else { return text }
        var kept = ""
        let budget = width - self.width("…", fontSize: fontSize)
        for character in text {
            let next = kept + String(character)
            if self.width(next, fontSize: fontSize) > budget { break }
            kept = next
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + "…"
    }

    /// `text` broken into at most `maxLines` lines that each fit `width`: at spaces, and
    /// before or after any wide (Chinese) character; a Latin word is never split. `nil` when
    /// it does not fit.
    public static func wrapped(_ text: String, toWidth width: Double, fontSize: Double, maxLines: Int) -> [String]? {
        if self.width(text, fontSize: fontSize) <= width { return [text] }
        // Tokens: each wide character alone, each run of other characters up to a space; with
        // whether a space came before it.
        var tokens: [(text: String, spaced: Bool)] = []
        var spaced = false
        for character in text {
            if character == " " {
                spaced = true
                continue
            }
            let wide = character.unicodeScalars.contains { DisplayWidth.of($0) == 2 }
            if !wide, !spaced, let last = tokens.last, !last.text.unicodeScalars.contains(where: { DisplayWidth.of($0) == 2 }) {
                tokens[tokens.count - 1].text.append(character)
            } else {
                tokens.append((String(character), spaced))
            }
            spaced = false
        }
        var lines: [String] = []
        var current = ""
        for token in tokens {
            let candidate = current.isEmpty ? token.text : current + (token.spaced ? " " : "") + token.text
            if self.width(candidate, fontSize: fontSize) <= width {
                current = candidate
            } else {
                guard !current.isEmpty, self.width(token.text, fontSize: fontSize) <= width else { return nil }
                lines.append(current)
                current = token.text
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.count <= maxLines ? lines : nil
    }
}
