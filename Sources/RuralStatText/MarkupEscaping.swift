/// Escapes text for XML and HTML (workbook parts, SVG, HTML pages): the five characters that
/// markup gives a meaning to become entities, and the C0 control characters that XML 1.0 does
/// not allow are dropped (tab, line feed and carriage return stay).
public enum MarkupEscaping {
    /// `text` safe inside an element or a double-quoted attribute: `&` → `&amp;`, `<` → `&lt;`,
    /// `>` → `&gt;`, `"` → `&quot;`, `'` → `&#39;`; other control characters below U+0020
    /// removed.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case let c where c.value < 0x20 && c != "\n" && c != "\t" && c != "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
