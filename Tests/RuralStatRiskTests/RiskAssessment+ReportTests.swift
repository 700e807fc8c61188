import RuralStatCore
import RuralStatPresentation
import RuralStatText
import Testing
@testable import RuralStatRisk

/// The reasons and unmet conditions in words, in English and Chinese, from hand-made households.
@Suite struct RiskAssessmentReportTests {
    typealias Row = RiskFixture.Row

    static func text(_ factor: RiskFactor, _ rows: [Row], _ language: Language) -> String {
        let risk = RiskPanel(RiskFixture.panel(rows), settings: RiskFixture.settings)
        let row = rows.count - 1
        return risk.reasonText(factor, row: row, indicators: risk.indicators(row), language: language)
    }

    /// 10,000 → 5,800 is a fall of 42%.
    @Test func incomeDrop() {
        let rows = RiskFixture.pair(before: 10_000) { $0.wage = 5_800 }
        #expect(Self.text(.incomeChange, rows, .zh) == "收入比上年下降42%")
        #expect(Self.text(.incomeChange, rows, .en) == "income 42% lower than last year")
    }

    @Test func zeroEmployment() {
        let rows = [Row(labor: 3, employed: 0, months: 0)]
        #expect(Self.text(.zeroEmployment, rows, .zh) == "3个劳动力无人务工")
        #expect(Self.text(.zeroEmployment, rows, .en) == "3 of working age, none employed")
    }

    /// 8,000 of medical spending on a net 10,000.
    @Test func medicalBurden() {
        let rows = [Row(medical: 8_000)]
        #expect(Self.text(.medical, rows, .zh) == "医疗支出占纯收入80%")
        #expect(Self.text(.medical, rows, .en) == "medical costs 80% of net income")
    }

    @Test func incomeBelowTheLine() {
        let rows = [Row(wage: 5_000)]
        #expect(Self.text(.incomeLevel, rows, .zh) == "人均纯收入5,000元，低于监测线6,000元")
        #expect(Self.text(.incomeLevel, rows, .en) == "pci 5,000 yuan, below the line 6,000")
    }

    @Test func employmentDropAndGuarantees() {
        let rows = [Row(year: 2022, labor: 2, employed: 2), Row(labor: 2, employed: 1, guarantees: [1, 1, 0, 0])]
        #expect(Self.text(.employmentDrop, rows, .zh) == "务工人数由2人减为1人")
        #expect(Self.text(.employmentDrop, rows, .en) == "workers down from 2 to 1")
        #expect(Self.text(.guaranteeGap, rows, .zh) == "住房安全保障、饮水安全保障未达标")
        #expect(Self.text(.guaranteeGap, rows, .en) == "not met: housing, water")
    }

    @Test func unmetConditions() {
        #expect(EliminationCondition.hasLabour.text(.zh) == "无劳动力")
        #expect(EliminationCondition.monitoredSixMonths.text(.en) == "monitored less than 6 months")
    }
}
