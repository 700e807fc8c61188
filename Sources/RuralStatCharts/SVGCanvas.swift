import RuralStatText

/// The SVG text of one chart, written element by element: coordinates with at most two
/// decimals (fixed, locale-free), every text and attribute escaped, elements in the order
/// drawn, one to a line and no blank line (so the SVG can sit in Markdown as one HTML block).
struct SVGCanvas {
    private(set) var text = ""

    /// Opens the root `<svg>` with its accessible name and description.
    init(width: Double, height: Double, id: String, title: String, description: String) {
        let w = Self.number(width), h = Self.number(height)
        text = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" "
            + "role=\"img\" aria-labelledby=\"\(Self.escaped(id))-title \(Self.escaped(id))-desc\" "
            + "font-family=\"\(Self.escaped(FontStack.sansSerif))\" font-size=\"12\">\n"
        text += "<title id=\"\(Self.escaped(id))-title\">\(Self.escaped(title))</title>\n"
        text += "<desc id=\"\(Self.escaped(id))-desc\">\(Self.escaped(description))</desc>\n"
        text += "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
    }

    /// The finished SVG.
    mutating func finish() -> String {
        text + "</svg>\n"
    }

    /// An element with `attributes` (name, value) in order; `content` escaped inside, or none.
    mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
        text += "<\(name)"
        for (key, value) in attributes { text += " \(key)=\"\(Self.escaped(value))\"" }
        if let content {
            text += ">\(Self.escaped(content))</\(name)>\n"
        } else {
            text += "/>\n"
        }
    }

    /// Opens a group (`<g>`); close it with ``close(_:)``.
    mutating func open(_ name: String, _ attributes: [(String, String)]) {
        text += "<\(name)"
        for (key, value) in attributes { text += " \(key)=\"\(Self.escaped(value))\"" }
        text += ">\n"
    }

    /// Closes an element opened with ``open(_:_:)``.
    mutating func close(_ name: String) {
        text += "</\(name)>\n"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                       dash: String = "", extra: [(String, String)] = []) {
        var attributes = [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
                          ("stroke", stroke), ("stroke-width", Self.number(width))]
        if !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
        element("line", attributes + extra)
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, extra: [(String, String)] = []) {
        element("rect", [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(width, 0))),
                         ("height", Self.number(max(height, 0))), ("fill", fill)] + extra)
    }

    /// A text at (x, y): `anchor` start, middle or end; `rotate` degrees about the anchor point;
    /// several `lines` stacked 1.2 em apart; `full`, when the shown text was shortened, as a
    /// tooltip (`<title>`) so nothing is lost; `halo` outlines the glyphs in white so the text
    /// stays readable over bars and lines.
    mutating func label(_ lines: [String], x: Double, y: Double, anchor: String = "start", size: Double = 12,
                        rotate: Double = 0, weight: String = "", fill: String = "#333333", full: String? = nil,
                        halo: Bool = false) {
        var attributes = [("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size)), ("fill", fill)]
        if halo {
            attributes += [("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke")]
        }
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        if !weight.isEmpty { attributes.append(("font-weight", weight)) }
        if rotate != 0 {
            attributes.append(("transform", "rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))"))
        }
        text += "<text"
        for (key, value) in attributes { text += " \(key)=\"\(Self.escaped(value))\"" }
        text += ">"
        if let full { text += "<title>\(Self.escaped(full))</title>" }
        if lines.count == 1 {
            text += Self.escaped(lines[0])
        } else {
            for (index, line) in lines.enumerated() {
                text += "<tspan x=\"\(Self.number(x))\" dy=\"\(index == 0 ? "0" : "1.2em")\">\(Self.escaped(line))</tspan>"
            }
        }
        text += "</text>\n"
    }

    /// A number for an attribute: rounded to two decimals, trailing zeros dropped, `-` for
    /// negatives (SVG syntax); never NaN or infinite (a programmer error).
    static func number(_ value: Double) -> String {
        precondition(value.isFinite, "a coordinate must be finite")
        let hundredths = Int((value * 100).rounded(.toNearestOrAwayFromZero))
        let magnitude = hundredths.magnitude
        var text = String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 { text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)") }
        return (hundredths < 0 ? "-" : "") + text
    }

    /// Points as `x,y x,y …` for a polyline or polygon.
    static func points(_ points: [(Double, Double)]) -> String {
        points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
    }

    static func escaped(_ text: String) -> String { MarkupEscaping.escaped(text) }
}
