import Foundation
import ZIPFoundation

/// The first worksheet of an Excel `.xlsx` workbook, read as rows of text cells (SPEC §2:
/// "first sheet, first row = header").
///
/// Each cell becomes the text a CSV export would hold: shared and inline strings as written,
/// numbers in the shortest form that reads back to the same value, booleans as `1`/`0`, and
/// numbers formatted as dates (built-in formats 14–22 or custom formats with y/m/d) as
/// `YYYY-MM-DD`. Formula cells give their cached result. Empty cells are empty strings; rows
/// Excel left out are left out, and each row keeps its sheet row number as its line.
public struct XLSXSheet: Sendable {
    /// A row of the sheet: its 1-based row number and its cells from column A on.
    public struct Row: Sendable, Equatable {
        /// The row number Excel shows (the "line" in error messages).
        public let number: Int
        /// The cells, column A first; trailing empty cells dropped.
        public let cells: [String]
    }

    /// The rows, in sheet order.
    public let rows: [Row]

    /// Reads the first worksheet of the workbook at `path`.
    ///
    /// - Throws: ``XLSXError`` naming the file and what could not be read.
    public init(contentsOf path: String) throws(XLSXError) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw XLSXError(file: path, message: "not an .xlsx workbook (cannot open it as a zip archive)")
        }
        do {
            rows = try Self.firstSheetRows(archive)
        } catch {
            throw XLSXError(file: path, message: error.message)
        }
    }

    private static func firstSheetRows(_ archive: Archive) throws(XLSXParts.CellProblem) -> [Row] {
        func part(_ name: String) throws(XLSXParts.CellProblem) -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry) { data.append($0) }
            } catch {
                throw XLSXParts.CellProblem(message: "cannot extract \(name): \(error)")
            }
            return data
        }
        guard let workbook = try part("xl/workbook.xml"), let relations = try part("xl/_rels/workbook.xml.rels")
        else { throw XLSXParts.CellProblem(message: "not an .xlsx workbook (no xl/workbook.xml)") }
        guard let target = try XLSXParts.firstSheetTarget(workbook: workbook, relations: relations) else {
            throw XLSXParts.CellProblem(message: "the workbook has no worksheet")
        }
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let sheet = try part(sheetPath) else {
            throw XLSXParts.CellProblem(message: "the first worksheet \(sheetPath) is missing")
        }
        let strings = try part("xl/sharedStrings.xml").map(XLSXParts.sharedStrings) ?? []
        let dateStyles = try part("xl/styles.xml").map(XLSXParts.dateStyles) ?? []
        return try XLSXParts.rows(sheet: sheet, part: sheetPath, sharedStrings: strings, dateStyles: dateStyles)
    }
}

/// Why a workbook could not be read.
public struct XLSXError: Error, Equatable, CustomStringConvertible {
    /// The workbook's path.
    public let file: String
    /// What is wrong.
    public let message: String

    public var description: String { "\(file): \(message)" }
}
