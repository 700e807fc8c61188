import Foundation
import RuralStatCore
import RuralStatTargets
import Testing

/// The five presets against the plans they transcribe, vendored in `Plans/` (the same files as
/// `shared/plans/`): every target's reading written out here by hand from its sentence, the
/// sentence found verbatim in the plan, and no target that the list below does not name.
@Suite struct PresetTests {
    /// One target as its plan sentence is read: what the parsed preset must hold.
    struct Expected: Sendable, CustomTestStringConvertible {
        var preset: String
        var id: String
        /// The plan's sentence, copied from the plan file.
        var source: String
        var kind: TargetKind
        var metric: String
        var level: TargetLevel
        var population: Population
        var firstYear: Int
        var lastYear: Int
        var threshold: Double? = nil
        var by: Int? = nil
        var baseYear: Int? = nil
        var reference: Target.Reference? = nil

        var testDescription: String { "\(preset) \(id): \(source)" }
    }

    static let four: Population = [.alleviated, .unstable, .marginal, .suddenHardship]
    static let alleviated: Population = [.alleviated, .unstable]

    /// Every target of every preset, in file order.
    static let expected: [Expected] = [
        // 文山市2022年乡村振兴工作要点
        Expected(
            preset: "wenshan-2022", id: "education-cleared", source: "脱贫人口及监测对象义务教育阶段适龄儿童少年无失学辍学",
            kind: .ceiling, metric: "education_gap", level: .county, population: four, firstYear: 2022, lastYear: 2022,
            threshold: 0),
        Expected(
            preset: "wenshan-2022", id: "growth-12-a-year",
            source: "保障脱贫人口及“三类对象”稳定增收,年人均收入增速12%以上",
            kind: .growth, metric: "growth", level: .group, population: four, firstYear: 2022, lastYear: 2024,
            threshold: 0.12),
        Expected(
            preset: "wenshan-2022", id: "growth-15-in-2022", source: "实现年内脱贫人口及“三类对象”人均收入增幅达15%以上",
            kind: .growth, metric: "growth", level: .group, population: four, firstYear: 2022, lastYear: 2022,
            threshold: 0.15),
        Expected(
            preset: "wenshan-2022", id: "level-20000-by-2024", source: "2024年人均收入达20000元以上",
            kind: .level, metric: "pci", level: .group, population: four, firstYear: 2022, lastYear: 2024,
            threshold: 20000, by: 2024),
        Expected(
            preset: "wenshan-2022", id: "coverage", source: "实现有就业意愿和劳动力家庭至少1人就业",
            kind: .floor, metric: "coverage", level: .group, population: four, firstYear: 2022, lastYear: 2022,
            threshold: 1),
        Expected(
            preset: "wenshan-2022", id: "zero-employment", source: "实现有就业意愿和劳动力家庭至少1人就业",
            kind: .ceiling, metric: "zero_employment_households", level: .county, population: four,
            firstYear: 2022, lastYear: 2022, threshold: 0),
        Expected(
            preset: "wenshan-2022", id: "workers-not-fewer", source: "确保脱贫人口务工就业规模稳中有增",
            kind: .floor, metric: "workers", level: .county, population: alleviated, firstYear: 2022, lastYear: 2022),
        Expected(
            preset: "wenshan-2022", id: "workers-27600", source: "脱贫人口转移就业2.76万人",
            kind: .floor, metric: "workers", level: .county, population: alleviated, firstYear: 2022, lastYear: 2022,
            threshold: 27600),
        Expected(
            preset: "wenshan-2022", id: "out-of-province-8600", source: "脱贫人口及监测对象劳动力省外转移就业0.86万人",
            kind: .floor, metric: "out_of_province_workers", level: .county, population: four,
            firstYear: 2022, lastYear: 2022, threshold: 8600),

        // 喀左县进一步做好2024年巩固拓展脱贫攻坚成果工作实施方案
        Expected(
            preset: "kazuo-2024", id: "wage-share-rising", source: "过渡期内工资性收入占比实现逐年提高",
            kind: .trend, metric: "wage_share", level: .group, population: alleviated, firstYear: 2024, lastYear: 2025),
        Expected(
            preset: "kazuo-2024", id: "operating-income-rising", source: "过渡期内人均生产经营性收入实现逐年增加",
            kind: .trend, metric: "operating_income_per_capita", level: .group, population: alleviated,
            firstYear: 2024, lastYear: 2025),
        Expected(
            preset: "kazuo-2024", id: "workers-7400", source: "确保脱贫群众务工就业规模稳定在7400人以上",
            kind: .floor, metric: "workers", level: .county, population: alleviated, firstYear: 2024, lastYear: 2024,
            threshold: 7400),
        Expected(
            preset: "kazuo-2024", id: "workers-not-fewer", source: "年度脱贫群众务工就业规模和公益性岗位安置人数要继续保持稳定",
            kind: .floor, metric: "workers", level: .county, population: alleviated, firstYear: 2024, lastYear: 2024),
        Expected(
            preset: "kazuo-2024", id: "public-welfare-jobs-not-fewer",
            source: "年度脱贫群众务工就业规模和公益性岗位安置人数要继续保持稳定",
            kind: .floor, metric: "public_welfare_jobs", level: .county, population: alleviated,
            firstYear: 2024, lastYear: 2024),
        Expected(
            preset: "kazuo-2024", id: "coverage", source: "确保有劳动能力和就业意愿的脱贫群众,每户至少1人实现务工就业",
            kind: .floor, metric: "coverage", level: .group, population: alleviated, firstYear: 2024, lastYear: 2024,
            threshold: 1),
        Expected(
            preset: "kazuo-2024", id: "zero-employment", source: "确保有劳动能力和就业意愿的脱贫群众,每户至少1人实现务工就业",
            kind: .ceiling, metric: "zero_employment_households", level: .county, population: alleviated,
            firstYear: 2024, lastYear: 2024, threshold: 0),
        Expected(
            preset: "kazuo-2024", id: "education-cleared",
            source: "确保除身体原因不具备学习条件外脱贫家庭义务教育阶段适龄儿童少年不失学辍学",
            kind: .ceiling, metric: "education_gap", level: .county, population: alleviated, firstYear: 2024, lastYear: 2024,
            threshold: 0),
        Expected(
            preset: "kazuo-2024", id: "unsafe-housing-cleared", source: "脱贫户和监测对象危房动态清零",
            kind: .ceiling, metric: "housing_gap", level: .county, population: four, firstYear: 2024, lastYear: 2024,
            threshold: 0),

        // 方城县2022年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作要点
        Expected(
            preset: "fangcheng-2022", id: "risk-cleared", source: "力争年底前现有2943户8417人监测对象风险全部消除",
            kind: .ceiling, metric: "monitored_not_cleared", level: .county,
            population: Population([.unstable, .marginal, .suddenHardship], reckoning: .startOfYear),
            firstYear: 2022, lastYear: 2022, threshold: 0),
        Expected(
            preset: "fangcheng-2022", id: "operating-net-share-above-2021",
            source: "确保脱贫人口和监测对象家庭经营净收入比重高于2021年度",
            kind: .trend, metric: "operating_net_share", level: .group, population: four, firstYear: 2022, lastYear: 2022,
            baseYear: 2021),
        Expected(
            preset: "fangcheng-2022", id: "workers-not-fewer", source: "确保脱贫劳动力和监测劳动力务工就业稳中有增",
            kind: .floor, metric: "workers", level: .county, population: four, firstYear: 2022, lastYear: 2022),
        Expected(
            preset: "fangcheng-2022", id: "public-welfare-jobs-not-fewer", source: "确保聘用脱贫人口和监测对象数量稳中有升",
            kind: .floor, metric: "public_welfare_jobs", level: .county, population: four, firstYear: 2022, lastYear: 2022),
        Expected(
            preset: "fangcheng-2022", id: "zero-employment", source: "动态解决脱贫家庭和监测家庭“零就业”问题",
            kind: .ceiling, metric: "zero_employment_households", level: .county, population: four,
            firstYear: 2022, lastYear: 2022, threshold: 0),
        Expected(
            preset: "fangcheng-2022", id: "coverage", source: "动态解决脱贫家庭和监测家庭“零就业”问题",
            kind: .floor, metric: "coverage", level: .group, population: four, firstYear: 2022, lastYear: 2022,
            threshold: 1),

        // 甘肃省 2022 年巩固拓展脱贫攻坚成果…工作要点
        Expected(
            preset: "gansu-2022", id: "faster-than-farmers", source: "确保脱贫群众收入增速高于当地农民收入增速",
            kind: .relative, metric: "growth", level: .group, population: alleviated, firstYear: 2022, lastYear: 2022,
            reference: .population(Population([.general]))),
        Expected(
            preset: "gansu-2022", id: "public-welfare-jobs-not-fewer", source: "确保乡村公益岗位聘用脱贫人口数量稳中有升",
            kind: .floor, metric: "public_welfare_jobs", level: .county, population: alleviated,
            firstYear: 2022, lastYear: 2022),

        // 《濉溪县巩固拓展脱贫攻坚成果同乡村振兴有效衔接2022年工作要点》解读
        Expected(
            preset: "suixi-2022", id: "workers-not-fewer", source: "确保全年脱贫人口务工人数不低于去年",
            kind: .floor, metric: "workers", level: .county, population: alleviated, firstYear: 2022, lastYear: 2022),
        Expected(
            preset: "suixi-2022", id: "guarantees-cleared", source: "确保“三保障一安全”核心问题动态清零",
            kind: .ceiling, metric: "any_gap", level: .county, population: four, firstYear: 2022, lastYear: 2022,
            threshold: 0),
    ]

    /// Each preset: its first year and the plan's title, which the plan file states (Gansu's
    /// file has no title line: its title is the README's).
    static let plans: [(preset: String, from: Int, title: String, titleFile: String)] = [
        ("fangcheng-2022", 2022, "方城县2022年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作要点", "fangcheng-2022.txt"),
        ("gansu-2022", 2022, "甘肃省 2022 年巩固拓展脱贫攻坚成果…工作要点", "README.md"),
        ("kazuo-2024", 2024, "喀左县进一步做好2024年巩固拓展脱贫攻坚成果工作实施方案", "kazuo-2024.txt"),
        ("suixi-2022", 2022, "《濉溪县巩固拓展脱贫攻坚成果同乡村振兴有效衔接2022年工作要点》解读", "suixi-2022.txt"),
        ("wenshan-2022", 2022, "文山市2022年乡村振兴工作要点", "wenshan-2022.txt"),
    ]

    /// A vendored plan file's text; a missing file fails the test.
    static func plan(_ file: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Plans/\(file)", withExtension: nil), "Plans/\(file) is missing")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(arguments: expected)
    func targetReadsItsPlanSentence(_ expected: Expected) throws {
        let set = try TargetSet.preset(named: expected.preset)
        let target = try #require(set.targets.first { $0.id == expected.id })
        #expect(target.source == expected.source)
        #expect(try Self.plan("\(expected.preset).txt").contains(target.source))
        #expect(target.kind == expected.kind)
        #expect(target.metric == expected.metric)
        #expect(target.level == expected.level)
        #expect(target.population == expected.population)
        #expect(target.firstYear == expected.firstYear)
        #expect(target.lastYear == expected.lastYear)
        #expect(target.threshold == expected.threshold)
        #expect(target.byYear == expected.by)
        #expect(target.baseYear == expected.baseYear)
        #expect(target.reference == expected.reference)
        #expect(target.margin == 0)
        #expect(target.line == nil)
        #expect(!target.note.isEmpty)
        #expect(target.chineseNote.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(target.id)")
    }

    /// No target beyond those read above: an invented one (Fangcheng's alleviated-below-line,
    /// Kazuo's under-10k-falling) fails here.
    @Test(arguments: plans.map(\.preset))
    func presetHoldsExactlyTheTranscribedTargets(_ name: String) throws {
        let set = try TargetSet.preset(named: name)
        #expect(set.targets.map(\.id) == Self.expected.filter { $0.preset == name }.map(\.id))
    }

    @Test func thePresetsAreTheFivePlans() {
        #expect(TargetSet.presetNames == Self.plans.map(\.preset))
    }

    @Test(arguments: plans)
    func presetNamesItsPlanAndFirstYear(_ plan: (preset: String, from: Int, title: String, titleFile: String)) throws {
        let set = try TargetSet.preset(named: plan.preset)
        #expect(set.name == plan.preset)
        #expect(set.firstYear == plan.from)
        #expect(set.source == plan.title)
        #expect(try Self.plan(plan.titleFile).contains(plan.title))
        #expect(!set.title.isEmpty)
    }

    /// "以省定2022年防止返贫监测收入参考范围6900元为标准": the 6,900 line for 2022 only, so that
    /// earlier years keep their own line; no other plan fixes a line.
    @Test func fangchengFixesTheLineFor2022Only() throws {
        let sentence = "以省定2022年防止返贫监测收入参考范围6900元为标准"
        #expect(try Self.plan("fangcheng-2022.txt").contains(sentence))
        #expect(try TargetSet.presetTOML(named: "fangcheng-2022").contains(sentence))
        #expect(try TargetSet.preset(named: "fangcheng-2022").line == .perYear([2022: 6900]))
        for name in Self.plans.map(\.preset) where name != "fangcheng-2022" {
            #expect(try TargetSet.preset(named: name).line == nil, "\(name)")
        }
    }
}
