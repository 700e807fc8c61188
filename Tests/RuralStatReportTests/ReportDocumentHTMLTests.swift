import Foundation
import RuralStatReport
import RuralStatTestSupport
import RuralStatText
import Testing

@Suite struct ReportDocumentHTMLTests {
    static let svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img"><title>bars</title>

        <rect x="0" y="0" width="5" height="5"/></svg>
        """

    private func document() -> ReportDocument {
        var rows = ReportTable(columns: [
            ReportColumn("township", title: "Township <&\">", chinese: "乡镇", style: .text),
            ReportColumn("pci", title: "PCI", chinese: "人均纯收入", style: .money),
            ReportColumn("growth", title: "Growth", chinese: "增长", style: .signedShare),
        ])
        rows.append([.text("A & B <c>"), .number(12_500), .number(0.123)])
        rows.append([.label(code: "alleviated", chinese: "脱贫户"), .missing, .number(-0.02)])
        var targets = ReportTable(columns: [ReportColumn("met", title: "Met", chinese: "达标", style: .flag)])
        targets.append([.boolean(true)])
        var document = ReportDocument(
            facts: [("mode", .string("balanced"))],
            sections: [
                .init(key: "rows", heading: "Income", chinese: "收入情况（按乡镇）", table: rows,
                      figures: [ReportFigure(svg: Self.svg, caption: "PCI by township", chinese: "各乡镇人均纯收入")]),
                .init(key: "targets", heading: "Targets", chinese: "目标", table: targets),
            ],
            notes: ["line: 6,900 yuan <monitoring>"]
        )
        document.title = "County report"
        document.chineseTitle = "县级监测报告"
        return document
    }

    private func page(_ language: Language) throws -> String {
        String(decoding: try document().rendered(as: .html, language: language), as: UTF8.self)
    }

    @Test(arguments: Language.allCases) func pageIsSelfContained(language: Language) throws {
        let html = try page(language)
        #expect(SelfContainment.violations(html) == [])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains("<style>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("href=\"#section-rows\"") && html.contains("<section id=\"section-rows\">"))
    }

    @Test func theCheckFindsWhatItMustRefuse() {
        #expect(SelfContainment.violations(#"<img src="a.png"><a href="https://x">"#) == ["https:", "//", "src=", "href=https://x\">"])
        #expect(SelfContainment.violations("<style>@import 'a.css'; b { background: url(c) }</style>") == ["@import", "url("])
        #expect(SelfContainment.violations(##"<a href="#a">x</a>"##) == [])
    }

    @Test func tablesFormatCellsAsTheTerminalAndAlignNumbersRight() throws {
        let html = try page(.en)
        #expect(html.contains("""
            <thead>
            <tr><th scope="col">Township &lt;&amp;&quot;&gt;</th><th scope="col" class="num">PCI</th>\
            <th scope="col" class="num">Growth</th></tr>
            </thead>
            <tbody>
            <tr><td>A &amp; B &lt;c&gt;</td><td class="num">12,500</td><td class="num">+12.3%</td></tr>
            <tr><td>alleviated</td><td class="num">–</td><td class="num">−2.0%</td></tr>
            </tbody>
            """))
        #expect(html.contains("<li>line: 6,900 yuan &lt;monitoring&gt;</li>"))
        #expect(html.contains("<title>County report</title>") && html.contains("<h1>County report</h1>"))
    }

    @Test func chineseHeadingsLabelsAndCaptionsAreIntact() throws {
        let html = try page(.zh)
        for text in ["<title>县级监测报告</title>", "<h2>收入情况（按乡镇）</h2>", "<td>脱贫户</td>", "<td>是</td>",
                     "<figcaption>各乡镇人均纯收入</figcaption>", "<th scope=\"col\" class=\"num\">人均纯收入</th>", "aria-label=\"目录\""] {
            #expect(html.contains(text), "\(text)")
        }
    }

    @Test func figuresAreInlineWithoutDeclarationOrNamespace() throws {
        let html = try page(.en)
        #expect(html.contains("""
            <figure>
            <svg width="10" height="10" role="img"><title>bars</title>

            <rect x="0" y="0" width="5" height="5"/></svg>
            <figcaption>PCI by township</figcaption>
            </figure>
            """))
        #expect(!html.contains("<?xml"))
    }

    @Test func printStyleIsA4AndKeepsRowsWhole() throws {
        let html = try page(.en)
        #expect(html.contains("@page { size: A4;") && html.contains("tr, figure { break-inside: avoid;"))
        #expect(html.contains("font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC'"))
    }

    @Test func sameDocumentSameBytes() throws {
        #expect(try document().rendered(as: .html, language: .zh) == document().rendered(as: .html, language: .zh))
    }

    @Test func repeatedAndNonASCIIKeysGiveDistinctFragments() throws {
        let table = ReportTable(columns: [ReportColumn("n", title: "N", chinese: "数", style: .count)])
        let document = ReportDocument(sections: [
            .init(key: "a b", heading: "One", chinese: "一", table: table),
            .init(key: "a b", heading: "Two", chinese: "二", table: table),
            .init(key: "收入", heading: "Three", chinese: "三", table: table),
        ])
        let html = document.html(language: .en)
        for id in ["section-a-b", "section-a-b-2", "section---"] {
            #expect(html.contains("<section id=\"\(id)\">") && html.contains("href=\"#\(id)\""), "\(id)")
        }
        #expect(html.contains("<title>One</title>") && !html.contains("<h1>"))
    }

    @Test func markdownEmbedsTheFigureAsOneHTMLBlockAndOtherFormatsLeaveItOut() throws {
        let markdown = String(decoding: try document().rendered(as: .markdown, language: .en), as: UTF8.self)
        #expect(markdown.hasPrefix("""
            ## Income

            <svg width="10" height="10" role="img"><title>bars</title>
            <rect x="0" y="0" width="5" height="5"/></svg>

            *PCI by township*

            | Township <&"> | PCI | Growth |
            """))
        let terminal = String(decoding: try document().rendered(as: .table, language: .en), as: UTF8.self)
        let json = String(decoding: try document().rendered(as: .json, language: .en), as: UTF8.self)
        #expect(!terminal.contains("svg") && !json.contains("svg"))
    }
}
