import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document read back with Foundation's XML parser: every element in document order
/// with its attributes, its own text and the classes of the groups around it. Parsing fails
/// (throws) when the text is not well-formed XML.
struct SVGTree {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
        /// The `class` attributes of the enclosing elements, outermost first.
        let groups: [String]

        func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
    }

    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    private(set) var elements: [Element] = []

    init(_ svg: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw Malformed(description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown")")
        }
        elements = reader.elements
    }

    /// The elements named `name` inside a group of class `group` (any, when `nil`).
    func all(_ name: String, in group: String? = nil) -> [Element] {
        elements.filter { element in element.name == name && (group.map { element.groups.contains($0) } ?? true) }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [(index: Int, className: String)] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(Element(name: name, attributes: attributes, text: "", groups: open.map(\.className)))
            open.append((elements.count - 1, attributes["class"] ?? ""))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last?.index { elements[index].text += string }
        }
    }
}

/// Whether two convex polygons overlap by more than `tolerance` (separating-axis test on
/// every edge normal of both).
func overlap(_ a: [(Double, Double)], _ b: [(Double, Double)], tolerance: Double = 0.01) -> Bool {
    for polygon in [a, b] {
        for i in polygon.indices {
            let p = polygon[i], q = polygon[(i + 1) % polygon.count]
            let axis = (q.1 - p.1, p.0 - q.0)
            let project = { (points: [(Double, Double)]) in points.map { $0.0 * axis.0 + $0.1 * axis.1 } }
            let (pa, pb) = (project(a), project(b))
            let length = (axis.0 * axis.0 + axis.1 * axis.1).squareRoot()
            if pa.max()! <= pb.min()! + tolerance * length || pb.max()! <= pa.min()! + tolerance * length { return false }
        }
    }
    return true
}
