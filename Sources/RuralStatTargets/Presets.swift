/// The built-in presets: the targets of the five seed plans (SPEC §1, §3.1), as TOML text so
/// that `ruralstat targets show NAME` prints a file a user can copy and edit.
///
/// Populations: 脱贫人口 are the `alleviated` households together with the monitoring objects
/// who were once lifted out of poverty; since the monitoring objects are also named apart
/// (三类对象), the presets evaluate `alleviated` and the three monitored categories as
/// separate targets where a plan names both, and together where a plan speaks of 脱贫群众 as
/// a whole.
enum Presets {
    static let toml: [String: String] = [
        "wenshan-2022": wenshan,
        "kazuo-2024": kazuo,
        "fangcheng-2022": fangcheng,
        "gansu-2022": gansu,
        "suixi-2022": suixi,
    ]

    private static let wenshan = """
    name = "wenshan-2022"
    title = "文山市 2022 年脱贫人口和三类对象增收目标"
    source = "Wenshan city 2022 work plan (seed document): growth of 12% a year or more, 15% within 2022, 20,000 yuan by 2024; a worker in every household with labour"

    [[target]]
    id = "growth-alleviated"
    kind = "growth"
    population = ["alleviated"]
    threshold = 0.12
    note = "脱贫人口人均纯收入年均增长12%以上"

    [[target]]
    id = "growth-monitored"
    kind = "growth"
    population = ["unstable", "marginal", "sudden_hardship"]
    threshold = 0.12
    note = "三类对象人均纯收入年均增长12%以上"

    [[target]]
    id = "growth-2022-alleviated"
    kind = "growth"
    population = ["alleviated"]
    threshold = 0.15
    year = 2022
    note = "2022年脱贫人口人均纯收入增长15%以上"

    [[target]]
    id = "growth-2022-monitored"
    kind = "growth"
    population = ["unstable", "marginal", "sudden_hardship"]
    threshold = 0.15
    year = 2022
    note = "2022年三类对象人均纯收入增长15%以上"

    [[target]]
    id = "level-2024-alleviated"
    kind = "level"
    population = ["alleviated"]
    threshold = 20000
    by = 2024
    note = "到2024年脱贫人口人均纯收入达到2万元"

    [[target]]
    id = "level-2024-monitored"
    kind = "level"
    population = ["unstable", "marginal", "sudden_hardship"]
    threshold = 20000
    by = 2024
    note = "到2024年三类对象人均纯收入达到2万元"

    [[target]]
    id = "coverage"
    kind = "floor"
    metric = "coverage"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    threshold = 1
    note = "有劳动力的脱贫户和三类对象户户有就业"

    """

    private static let kazuo = """
    name = "kazuo-2024"
    title = "喀左县 2024 年脱贫人口增收目标"
    source = "Kazuo county 2024 work plan (seed document): wage share and operating income rising, focus on households under 10,000 yuan, at least 7,400 workers, no unsafe housing (危房动态清零)"

    [[target]]
    id = "wage-share-rising"
    kind = "trend"
    metric = "wage_share"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    note = "工资性收入占比持续提高"

    [[target]]
    id = "operating-income-rising"
    kind = "trend"
    metric = "operating_income_per_capita"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    note = "人均生产经营性收入持续增长"

    [[target]]
    id = "under-10k-falling"
    kind = "ceiling"
    metric = "households_below_line"
    line = 10000
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    note = "人均纯收入1万元以下的户逐年减少（重点关注）"

    [[target]]
    id = "workers-7400"
    kind = "floor"
    metric = "workers"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    threshold = 7400
    note = "脱贫人口务工就业规模稳定在7400人以上"

    [[target]]
    id = "coverage"
    kind = "floor"
    metric = "coverage"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    threshold = 1
    note = "有劳动力的家庭至少一人就业"

    [[target]]
    id = "unsafe-housing-cleared"
    kind = "ceiling"
    metric = "housing_gap"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    threshold = 0
    from = 2024
    note = "会同住建部门持续开展住房安全隐患动态排查整治，脱贫户和监测对象危房动态清零"

    """

    private static let fangcheng = """
    name = "fangcheng-2022"
    title = "方城县 2022 年防止返贫监测目标"
    source = "Fangcheng county 2022 plan (seed document), Henan monitoring line 6,900 yuan: monitored households' risk cleared by year end"
    line = 6900

    [[target]]
    id = "monitored-below-line"
    kind = "ceiling"
    metric = "households_below_line"
    line = "monitoring"
    population = ["unstable", "marginal", "sudden_hardship"]
    threshold = 0
    year = 2022
    note = "年底前监测对象人均纯收入全部高于6900元监测线（风险消除的收入条件）"

    [[target]]
    id = "alleviated-below-line"
    kind = "ceiling"
    metric = "households_below_line"
    line = "monitoring"
    population = ["alleviated"]
    threshold = 0
    year = 2022
    note = "脱贫户无人均纯收入低于监测线的户（守住不发生规模性返贫底线）"

    """

    private static let gansu = """
    name = "gansu-2022"
    title = "甘肃省 2022 年脱贫群众增收目标"
    source = "Gansu province 2022 plan (seed document): income of people lifted out of poverty growing faster than that of local farmers"

    [[target]]
    id = "faster-than-farmers"
    kind = "relative"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    reference = ["general"]
    margin = 0
    note = "脱贫群众收入增速高于当地农民收入增速"

    """

    private static let suixi = """
    name = "suixi-2022"
    title = "濉溪县 2022 年脱贫劳动力务工就业和“三保障一安全”目标"
    source = "Suixi county 2022 plan (seed document): workers not fewer than last year; no household with a gap in the three guarantees and safe water (动态清零)"

    [[target]]
    id = "workers-not-fewer"
    kind = "floor"
    metric = "workers"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    note = "脱贫劳动力务工就业规模不低于上年"

    [[target]]
    id = "guarantees-cleared"
    kind = "ceiling"
    metric = "any_gap"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    threshold = 0
    from = 2022
    note = "常态化开展“两不愁三保障一安全”集中排查，建立健全长效机制，加大系统监管和实地督导力度，确保“三保障一安全”核心问题动态清零"

    """
}
