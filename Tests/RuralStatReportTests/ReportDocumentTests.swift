import RuralStatData
import Foundation
import RuralStatReport
import RuralStatText
import Testing

@Suite struct ReportDocumentTests {
    private func document() -> ReportDocument {
        var rows = ReportTable(columns: [ReportColumn("pci", title: "PCI", chinese: "人均", style: .money)])
        rows.append([.number(1500)])
        var targets = ReportTable(columns: [ReportColumn("met", title: "Met", chinese: "达标", style: .flag)])
        targets.append([.boolean(true)])
        return ReportDocument(
            facts: [("mode", .string("balanced"))],
            sections: [
                .init(key: "rows", heading: "Income", chinese: "收入", table: rows),
                .init(key: "targets", heading: "Targets", chinese: "目标", table: targets),
            ],
            notes: ["line: 6,900 yuan"]
        )
    }

    @Test func jsonPutsFactsThenTablesUnderTheirKeys() throws {
        let text = String(decoding: try document().rendered(as: .json, language: .en), as: UTF8.self)
        #expect(text == """
        {
          "mode": "balanced",
          "rows": [
            {
              "pci": 1500
            }
          ],
          "targets": [
            {
              "met": true
            }
          ]
        }

        """)
    }

    @Test func csvIsTheFirstTableOnly() throws {
        #expect(String(decoding: try document().rendered(as: .csv, language: .en), as: UTF8.self) == "pci\n1500\n")
    }

    @Test func tableShowsHeadingsInTheLanguageAndNotes() throws {
        let text = String(decoding: try document().rendered(as: .table, language: .zh), as: UTF8.self)
        #expect(text == "收入\n\n 人均\n─────\n1,500\n\n目标\n\n达标\n────\n是\n\nline: 6,900 yuan\n")
    }
}

@Suite struct ReportDocumentXLSXTests {
    @Test func workbookReadsBackWithTitlesNumbersAndOneSheetPerTable() throws {
        var rows = ReportTable(columns: [
            ReportColumn("year", title: "Year", chinese: "年度", style: .year),
            ReportColumn("category", title: "Category", chinese: "户类型", style: .text),
            ReportColumn("pci", title: "PCI", chinese: "人均纯收入", style: .money),
            ReportColumn("growth", title: "Growth", chinese: "增长", style: .signedShare),
            ReportColumn("met", title: "Met", chinese: "达标", style: .flag),
        ])
        rows.append([.integer(2022), .label(code: "marginal", chinese: "边缘易致贫户"), .number(1.0 / 3.0),
                     .missing, .boolean(true)])
        rows.append([.integer(2023), .text("a<b & \"REF\""), .number(-5), .number(0.125), .boolean(false)])
        let document = ReportDocument(sections: [
            .init(key: "rows", heading: "Income", chinese: "收入", table: rows),
            .init(key: "targets", heading: "Targets", chinese: "目标", table: rows),
        ])
        let bytes = try document.rendered(as: .xlsx, language: .zh)
        #expect(try document.rendered(as: .xlsx, language: .zh) == bytes, "same input, same bytes")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).xlsx").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sheet = try XLSXSheet(contentsOf: path)
        #expect(sheet.rows.map(\.cells) == [
            ["年度", "户类型", "人均纯收入", "增长", "达标"],
            ["2022", "边缘易致贫户", "0.3333333333333333", "", "1"],
            ["2023", "a<b & \"REF\"", "-5", "0.125", "0"],
        ])
        try checkWithOpenpyxl(path)
    }

    /// An independent reader: openpyxl (installed by scripts/install-deps.sh --test) must open the
    /// workbook without a warning (`-W error`: no "no default style") and see typed values,
    /// number formats and the frozen header.
    private func checkWithOpenpyxl(_ path: String) throws {
        let script = """
        import openpyxl, sys
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb.worksheets[0]
        print([s.title for s in wb.worksheets], ws.freeze_panes)
        for row in ws.iter_rows(min_row=2):
            print([(c.value, c.number_format) for c in row])
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-W", "error", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with openpyxl is needed (scripts/install-deps.sh --test)")
        #expect(output == """
        ['收入', '目标'] A2
        [(2022, '0'), ('边缘易致贫户', 'General'), (0.3333333333333333, '#,##0'), (None, 'General'), (True, 'General')]
        [(2023, '0'), ('a<b & "REF"', 'General'), (-5, '#,##0'), (0.125, '0.0%'), (False, 'General')]

        """)
    }

    /// Sheet names within Excel's 31 characters, cut before a word (":" is not allowed and
    /// goes), a repeat made unique within the limit, a path reduced to its file name; the notes
    /// on a last sheet; a count in a text column stays a number. Read back by openpyxl with
    /// warnings as errors.
    @Test func workbookSheetNamesNotesAndCounts() throws {
        var counts = ReportTable(columns: [ReportColumn("item", title: "Item", chinese: "项目", style: .text),
                                           ReportColumn("value", title: "Value", chinese: "数值", style: .text)])
        counts.append([.text("rows"), .quantity(18000, .count)])
        let heading = "Growth incidence 2020–2024: pci cut points P10–P90"
        let document = ReportDocument(sections: [
            .init(key: "incidence", heading: heading, chinese: heading, table: counts),
            .init(key: "again", heading: heading, chinese: heading, table: counts),
            .init(key: "summary", heading: "Summary of /data/青山县/households.csv", chinese: "", table: counts),
        ], notes: ["growth: balanced panel", "line (yuan, from --line): 2023: 6,900"])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString).xlsx").path
        try Data(try document.rendered(as: .xlsx, language: .en)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
        import openpyxl, sys
        wb = openpyxl.load_workbook(sys.argv[1])
        print([ws.title for ws in wb.worksheets])
        print([(c.value, c.number_format) for c in wb.worksheets[0][2]])
        print([c.value for c in wb.worksheets[3]["A"]])
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-W", "error", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with openpyxl is needed (scripts/install-deps.sh --test)")
        // "Growth incidence 2020–2024 pci cut…" is cut before "cut" (30 characters); the repeat
        // keeps 27 for its " (2)" and is cut before "pci".
        #expect(output == """
        ['Growth incidence 2020–2024 pci', 'Growth incidence 2020–2024 (2)', 'Summary of households.csv', 'Notes']
        [('rows', 'General'), (18000, '#,##0')]
        ['Note', 'growth: balanced panel', 'line (yuan, from --line): 2023: 6,900']

        """)
    }
}
