import RuralStatReport
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

    @Test func jsonPutsFactsThenTablesUnderTheirKeys() {
        let text = String(decoding: document().rendered(as: .json, language: .en), as: UTF8.self)
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

    @Test func csvIsTheFirstTableOnly() {
        #expect(String(decoding: document().rendered(as: .csv, language: .en), as: UTF8.self) == "pci\n1500\n")
    }

    @Test func tableShowsHeadingsInTheLanguageAndNotes() {
        let text = String(decoding: document().rendered(as: .table, language: .zh), as: UTF8.self)
        #expect(text == "收入\n\n 人均\n─────\n1,500\n\n目标\n\n达标\n────\n是\n\nline: 6,900 yuan\n")
    }
}
