/// What an HTML page or an SVG chart must never hold to stay self-contained (a report opens
/// from a USB stick on an offline PC): any address, script, import, embedded resource or
/// reference that is not a `#fragment` of the page itself.
public enum SelfContainment {
    /// The forbidden substrings found in `text` (case-insensitive) — `http:`, `https:`, `//`,
    /// `src=`, `<script`, `@import`, `url(`, `<link`, `<iframe`, `<object`, `<embed`, `<image`,
    /// `<foreignobject` — and every `href` whose value is not a `#fragment`.
    ///
    /// - Parameter allowing: exact substrings removed first (a standalone SVG's own namespace
    ///   declaration, `xmlns="http://www.w3.org/2000/svg"`, names no resource).
    public static func violations(_ text: String, allowing: [String] = []) -> [String] {
        var lower = text.lowercased()
        for allowed in allowing { lower = lower.replacing(allowed.lowercased(), with: "") }
        var found = ["http:", "https:", "//", "src=", "<script", "@import", "url(", "<link", "<iframe", "<object", "<embed",
                     "<image", "<foreignobject"]
            .filter { lower.contains($0) }
        var rest = Substring(lower)
        while let match = rest.firstRange(of: "href=") {
            let value = rest[match.upperBound...].dropFirst()
            if !value.hasPrefix("#") { found.append("href=" + value.prefix(20)) }
            rest = rest[match.upperBound...]
        }
        return found
    }

    /// The namespace declaration of a standalone SVG file.
    public static let svgNamespace = #"xmlns="http://www.w3.org/2000/svg""#
}
