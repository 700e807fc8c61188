/// The built-in presets: the quantitative targets of the five plans (SPEC §3.1), as TOML text so
/// that `ruralstat targets show NAME` prints a file a user can copy and edit.
///
/// Each target carries the plan's own sentence, verbatim (`source`), and how it is read
/// (`note`, and in Chinese `note_zh`). The readings follow the plans' terms: 脱贫人口/脱贫群众/脱贫户/脱贫劳动力 are
/// `alleviated` and `unstable`; 监测对象/"三类对象" are `unstable`, `marginal` and
/// `sudden_hardship`; "脱贫人口及三类对象" or "脱贫人口和监测对象" are all four. A count or scale
/// (务工就业规模, 公益性岗位安置人数, 零就业家庭, 危房) is judged for the whole county; a rate, share
/// or growth in each group. An annual plan's targets apply to its own year; a sentence that spans
/// years says which (Wenshan's three-year plan: 2022–2024; Kazuo's 过渡期: 2024–2025).
/// 稳中有增, 稳中有升 and 继续保持稳定 are read as "not below last year" (≥). What a plan states
/// but the presets leave out, and why, is written at the top of each preset and in the
/// Presets article of the module's documentation.
enum Presets {
    static let toml: [String: String] = [
        "wenshan-2022": wenshan,
        "kazuo-2024": kazuo,
        "fangcheng-2022": fangcheng,
        "gansu-2022": gansu,
        "suixi-2022": suixi,
    ]

    private static let wenshan = """
    # 文山市2022年乡村振兴工作要点 (Wenshan city, Yunnan), plans/wenshan-2022.txt.
    # Left out: 脱贫人口100%参保 and 大病专项救治达98%以上 (no insurance or treatment column),
    # the 3.4万人次 training, and the city's transfer figures for all rural labour (转移就业12.4万人,
    # 省外转移就业3.66万人), which a panel of monitored and alleviated households does not cover.
    name = "wenshan-2022"
    title = "文山市 2022 年脱贫人口及“三类对象”增收、就业和义务教育目标"
    source = "文山市2022年乡村振兴工作要点"
    from = 2022

    [[target]]
    id = "education-cleared"
    kind = "ceiling"
    metric = "education_gap"
    level = "county"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    threshold = 0
    source = "脱贫人口及监测对象义务教育阶段适龄儿童少年无失学辍学"
    note = "No household of the four categories whose compulsory education is not assured (education_ok = 0) in the county; the plan's exception (除因身体原因不具备学习条件外) is left to how the flag is recorded."
    note_zh = "全县四类农户中没有义务教育未保障（education_ok = 0）的户；规划中的例外（除因身体原因不具备学习条件外）取决于该标志如何填报。"

    [[target]]
    id = "growth-12-a-year"
    kind = "growth"
    level = "group"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    from = 2022
    through = 2024
    threshold = 0.12
    source = "保障脱贫人口及“三类对象”稳定增收,年人均收入增速12%以上"
    note = "脱贫人口 and the three monitored categories together (all four): per-capita net income growth at least 12% in each year of the three-year plan (持续增收三年实施方案), 2022 to 2024, in each group."
    note_zh = "脱贫人口和三类监测对象合计（四类）：在持续增收三年实施方案的每一年（2022—2024年），各分组人均纯收入增长不低于12%。"

    [[target]]
    id = "growth-15-in-2022"
    kind = "growth"
    level = "group"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    threshold = 0.15
    source = "实现年内脱贫人口及“三类对象”人均收入增幅达15%以上"
    note = "年内: within 2022, the same four categories' per-capita net income growth at least 15%, in each group."
    note_zh = "年内：2022年内，同样四类农户的人均纯收入增长不低于15%，按各分组评价。"

    [[target]]
    id = "level-20000-by-2024"
    kind = "level"
    level = "group"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    from = 2022
    through = 2024
    threshold = 20000
    by = 2024
    source = "2024年人均收入达20000元以上"
    note = "The same four categories' per-capita net income at least 20,000 yuan in 2024, the last year of the three-year plan; in 2022 and 2023 the row says whether the growth shown reached the growth still required."
    note_zh = "同样四类农户2024年（三年方案的最后一年）人均纯收入不低于20000元；2022年和2023年的行说明当年增长是否达到此后每年所需的增长。"

    [[target]]
    id = "coverage"
    kind = "floor"
    metric = "coverage"
    level = "group"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    threshold = 1
    source = "实现有就业意愿和劳动力家庭至少1人就业"
    note = "Every household of the four categories with labour has a worker: coverage (households with labour and a worker / households with labour) is 1 in each group. 就业意愿 (willingness) is not recorded: every household with labour counts."
    note_zh = "四类农户中有劳动力的户都有人务工：各分组就业覆盖率（有劳动力且有人务工的户 / 有劳动力的户）为1。就业意愿未登记：有劳动力的户都计入。"

    [[target]]
    id = "zero-employment"
    kind = "ceiling"
    metric = "zero_employment_households"
    level = "county"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    threshold = 0
    source = "实现有就业意愿和劳动力家庭至少1人就业"
    note = "The same sentence as a county count: no household of the four categories with labour and no worker (零就业家庭 = 0)."
    note_zh = "同一句话按全县计数：四类农户中没有“有劳动力而无人务工”的户（零就业家庭 = 0）。"

    [[target]]
    id = "workers-not-fewer"
    kind = "floor"
    metric = "workers"
    level = "county"
    population = ["alleviated", "unstable"]
    year = 2022
    source = "确保脱贫人口务工就业规模稳中有增"
    note = "The county's 脱贫人口 workers (alleviated + unstable) not fewer than last year: 稳中有增 read as a floor against last year's value (≥)."
    note_zh = "全县脱贫人口（脱贫户 + 脱贫不稳定户）务工人数不少于上年：“稳中有增”理解为不低于上年值（≥）。"

    [[target]]
    id = "workers-27600"
    kind = "floor"
    metric = "workers"
    level = "county"
    population = ["alleviated", "unstable"]
    year = 2022
    threshold = 27600
    source = "脱贫人口转移就业2.76万人"
    note = "转移就业 read as 务工人数 (workers): the households file does not say where its workers work, and no metric yet counts the workers file's workers outside the county. At least 27,600 脱贫人口 workers in the county."
    note_zh = "转移就业理解为务工人数：住户文件不记录务工地点，目前也没有指标统计务工人员文件中县外务工的人数。全县脱贫人口务工人数不少于27600人。"

    [[target]]
    id = "out-of-province-8600"
    kind = "floor"
    metric = "out_of_province_workers"
    level = "county"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    threshold = 8600
    source = "脱贫人口及监测对象劳动力省外转移就业0.86万人"
    note = "At least 8,600 out-of-province workers among the four categories' labour in the county."
    note_zh = "全县四类农户劳动力中省外务工人数不少于8600人。"

    """

    private static let kazuo = """
    # 喀左县进一步做好2024年巩固拓展脱贫攻坚成果工作实施方案 (Kazuo county, Liaoning),
    # plans/kazuo-2024.txt.
    # Not a target: "重点关注收入下降、低于万元、就业不稳定等重点人群" names groups to watch, not a
    # number to reach; `ruralstat risk` flags each household under 10,000 yuan (under_10k).
    # Left out: 省以上财政衔接补助资金60%以上 (funds, not households), 雨露计划毕业生动态清零
    # (no column), 户户有产业支撑 (no column for 产业).
    name = "kazuo-2024"
    title = "喀左县 2024 年脱贫群众增收、就业、义务教育和住房安全目标"
    source = "喀左县进一步做好2024年巩固拓展脱贫攻坚成果工作实施方案"
    from = 2024

    [[target]]
    id = "wage-share-rising"
    kind = "trend"
    metric = "wage_share"
    level = "group"
    population = ["alleviated", "unstable"]
    from = 2024
    through = 2025
    source = "过渡期内工资性收入占比实现逐年提高"
    note = "过渡期 (the transition period, to 2025) as seen from this 2024 plan: 脱贫群众's wage share (alleviated + unstable) higher than the year before in 2024 and in 2025, in each group."
    note_zh = "从2024年规划看过渡期（至2025年）：脱贫群众（脱贫户 + 脱贫不稳定户）的工资性收入占比2024年和2025年均高于上年，按各分组评价。"

    [[target]]
    id = "operating-income-rising"
    kind = "trend"
    metric = "operating_income_per_capita"
    level = "group"
    population = ["alleviated", "unstable"]
    from = 2024
    through = 2025
    source = "过渡期内人均生产经营性收入实现逐年增加"
    note = "The same population's per-capita operating income higher than the year before in 2024 and in 2025, in each group."
    note_zh = "同一人群的人均生产经营性收入2024年和2025年均高于上年，按各分组评价。"

    [[target]]
    id = "workers-7400"
    kind = "floor"
    metric = "workers"
    level = "county"
    population = ["alleviated", "unstable"]
    year = 2024
    threshold = 7400
    source = "确保脱贫群众务工就业规模稳定在7400人以上"
    note = "The county's 脱贫群众 workers (alleviated + unstable) at least 7,400."
    note_zh = "全县脱贫群众（脱贫户 + 脱贫不稳定户）务工人数不少于7400人。"

    [[target]]
    id = "workers-not-fewer"
    kind = "floor"
    metric = "workers"
    level = "county"
    population = ["alleviated", "unstable"]
    year = 2024
    source = "年度脱贫群众务工就业规模和公益性岗位安置人数要继续保持稳定"
    note = "The county's 脱贫群众 workers not fewer than last year: 继续保持稳定 read as a floor against last year's value (≥)."
    note_zh = "全县脱贫群众务工人数不少于上年：“继续保持稳定”理解为不低于上年值（≥）。"

    [[target]]
    id = "public-welfare-jobs-not-fewer"
    kind = "floor"
    metric = "public_welfare_jobs"
    level = "county"
    population = ["alleviated", "unstable"]
    year = 2024
    source = "年度脱贫群众务工就业规模和公益性岗位安置人数要继续保持稳定"
    note = "The same sentence for public-welfare job placements (公益性岗位安置人数) of 脱贫群众 in the county: not fewer than last year (≥)."
    note_zh = "同一句话用于全县脱贫群众的公益性岗位安置人数：不少于上年（≥）。"

    [[target]]
    id = "coverage"
    kind = "floor"
    metric = "coverage"
    level = "group"
    population = ["alleviated", "unstable"]
    year = 2024
    threshold = 1
    source = "确保有劳动能力和就业意愿的脱贫群众,每户至少1人实现务工就业"
    note = "Every 脱贫群众 household with labour has a worker: coverage is 1 in each group. 有劳动能力 read as labour ≥ 1; 就业意愿 (willingness) is not recorded: every household with labour counts."
    note_zh = "脱贫群众中有劳动力的户都有人务工：各分组就业覆盖率为1。“有劳动能力”理解为劳动力人数 ≥ 1；就业意愿未登记：有劳动力的户都计入。"

    [[target]]
    id = "zero-employment"
    kind = "ceiling"
    metric = "zero_employment_households"
    level = "county"
    population = ["alleviated", "unstable"]
    year = 2024
    threshold = 0
    source = "确保有劳动能力和就业意愿的脱贫群众,每户至少1人实现务工就业"
    note = "The same sentence as a county count: no 脱贫群众 household with labour and no worker."
    note_zh = "同一句话按全县计数：脱贫群众中没有“有劳动力而无人务工”的户。"

    [[target]]
    id = "education-cleared"
    kind = "ceiling"
    metric = "education_gap"
    level = "county"
    population = ["alleviated", "unstable"]
    year = 2024
    threshold = 0
    source = "确保除身体原因不具备学习条件外脱贫家庭义务教育阶段适龄儿童少年不失学辍学"
    note = "No 脱贫家庭 household (alleviated + unstable) whose compulsory education is not assured (education_ok = 0) in the county; the exception for children unable to study is left to how the flag is recorded."
    note_zh = "全县脱贫家庭（脱贫户 + 脱贫不稳定户）中没有义务教育未保障（education_ok = 0）的户；不具备学习条件儿童的例外取决于该标志如何填报。"

    [[target]]
    id = "unsafe-housing-cleared"
    kind = "ceiling"
    metric = "housing_gap"
    level = "county"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2024
    threshold = 0
    source = "脱贫户和监测对象危房动态清零"
    note = "动态清零: no household of the four categories (脱贫户 and 监测对象) without safe housing (housing_ok = 0) in the county."
    note_zh = "动态清零：全县四类农户（脱贫户和监测对象）中没有住房安全未保障（housing_ok = 0）的户。"

    """

    private static let fangcheng = """
    # 方城县2022年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作要点 (Fangcheng county, Henan),
    # plans/fangcheng-2022.txt.
    # The line, 2022 only: "以省定2022年防止返贫监测收入参考范围6900元为标准". Other years take
    # --line or lines.json.
    # Left out: 衔接资金 amounts and shares (funds, not households), 一人掌握一技 (no training
    # column).
    name = "fangcheng-2022"
    title = "方城县 2022 年监测对象风险消除和就业帮扶目标"
    source = "方城县2022年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作要点"
    from = 2022

    [line]
    2022 = 6900

    [[target]]
    id = "risk-cleared"
    kind = "ceiling"
    metric = "monitored_not_cleared"
    level = "county"
    population = ["unstable", "marginal", "sudden_hardship"]
    population_as_of = "start_of_year"
    year = 2022
    threshold = 0
    source = "力争年底前现有2943户8417人监测对象风险全部消除"
    note = "现有 (existing) monitoring objects: the households that were monitoring objects at the start of 2022 (by their 2021 record). At the end of 2022 none of them is left not ready for risk elimination (SPEC §3.2 elimination_ready, whose conditions include pci ≥ the 6,900 line); evaluated by `ruralstat risk`."
    note_zh = "现有监测对象：2022年初已是监测对象的户（按其2021年记录）。到2022年底，其中没有未达到风险消除条件的户（SPEC §3.2 elimination_ready，条件包括人均纯收入不低于6900元的监测线）；由 `ruralstat risk` 评价。"

    [[target]]
    id = "operating-net-share-above-2021"
    kind = "trend"
    metric = "operating_net_share"
    level = "group"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    base_year = 2021
    source = "确保脱贫人口和监测对象家庭经营净收入比重高于2021年度"
    note = "The four categories' net operating income (operating − production expense) as a share of net income higher in 2022 than in 2021, in each group."
    note_zh = "四类农户的经营净收入（生产经营性收入 − 生产经营性支出）占纯收入的比重2022年高于2021年，按各分组评价。"

    [[target]]
    id = "workers-not-fewer"
    kind = "floor"
    metric = "workers"
    level = "county"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    source = "确保脱贫劳动力和监测劳动力务工就业稳中有增"
    note = "The county's workers of the four categories not fewer than last year: 稳中有增 read as a floor against last year's value (≥)."
    note_zh = "全县四类农户务工人数不少于上年：“稳中有增”理解为不低于上年值（≥）。"

    [[target]]
    id = "public-welfare-jobs-not-fewer"
    kind = "floor"
    metric = "public_welfare_jobs"
    level = "county"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    source = "确保聘用脱贫人口和监测对象数量稳中有升"
    note = "The sentence is about 乡村公益岗位: the county's public-welfare jobs held by the four categories not fewer than last year (稳中有升 read as ≥)."
    note_zh = "这句话说的是乡村公益岗位：全县四类农户所占公益性岗位数不少于上年（“稳中有升”理解为 ≥）。"

    [[target]]
    id = "zero-employment"
    kind = "ceiling"
    metric = "zero_employment_households"
    level = "county"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    threshold = 0
    source = "动态解决脱贫家庭和监测家庭“零就业”问题"
    note = "No household of the four categories with labour and no worker (零就业家庭 = 0) in the county."
    note_zh = "全县四类农户中没有“有劳动力而无人务工”的户（零就业家庭 = 0）。"

    [[target]]
    id = "coverage"
    kind = "floor"
    metric = "coverage"
    level = "group"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    threshold = 1
    source = "动态解决脱贫家庭和监测家庭“零就业”问题"
    note = "The same sentence as a share: every household of the four categories with labour has a worker (coverage = 1), in each group."
    note_zh = "同一句话按比重：四类农户中有劳动力的户都有人务工（就业覆盖率 = 1），按各分组评价。"

    """

    private static let gansu = """
    # 甘肃省 2022 年巩固拓展脱贫攻坚成果…工作要点 (Gansu province), plans/gansu-2022.txt.
    # 当地农民 is read as the `general` households of the same place. To compare with the
    # published rural income growth instead, replace `reference` in a copy of this preset with
    # reference_series = { 2022 = RATE }, RATE the published growth as a rate (0.07 for 7%).
    # Left out: 脱贫地区农民收入增速高于全省农民收入增速 (an area-level comparison with the
    # province, not a household panel quantity), 光伏公益岗位稳中有增 (solar-funded posts are not
    # told apart from other public-welfare jobs), 外出务工任务 (no number in the plan).
    name = "gansu-2022"
    title = "甘肃省 2022 年脱贫群众增收和公益岗位目标"
    source = "甘肃省 2022 年巩固拓展脱贫攻坚成果…工作要点"
    from = 2022

    [[target]]
    id = "faster-than-farmers"
    kind = "relative"
    level = "group"
    population = ["alleviated", "unstable"]
    year = 2022
    reference = ["general"]
    margin = 0
    source = "确保脱贫群众收入增速高于当地农民收入增速"
    note = "脱贫群众 (alleviated + unstable) income growth above that of 当地农民, read as the `general` households of the same places: the group's places (its township with --by township, the whole county with --by category). Give the published rural income growth with reference_series in a copy of the preset."
    note_zh = "脱贫群众（脱贫户 + 脱贫不稳定户）收入增长快于当地农民，当地农民理解为同一地方的一般农户：分组所在的地方（--by township 时为所在乡镇，--by category 时为全县）。可在预设的副本中用 reference_series 给出公布的农村居民收入增长。"

    [[target]]
    id = "public-welfare-jobs-not-fewer"
    kind = "floor"
    metric = "public_welfare_jobs"
    level = "county"
    population = ["alleviated", "unstable"]
    year = 2022
    source = "确保乡村公益岗位聘用脱贫人口数量稳中有升"
    note = "The county's public-welfare jobs held by 脱贫人口 (alleviated + unstable) not fewer than last year: 稳中有升 read as a floor against last year's value (≥)."
    note_zh = "全县脱贫人口（脱贫户 + 脱贫不稳定户）所占公益性岗位数不少于上年：“稳中有升”理解为不低于上年值（≥）。"

    """

    private static let suixi = """
    # 《濉溪县巩固拓展脱贫攻坚成果同乡村振兴有效衔接2022年工作要点》解读 (Suixi county, Anhui),
    # plans/suixi-2022.txt: the bureau head's explanation of the work points.
    name = "suixi-2022"
    title = "濉溪县 2022 年脱贫人口务工和“三保障一安全”目标"
    source = "《濉溪县巩固拓展脱贫攻坚成果同乡村振兴有效衔接2022年工作要点》解读"
    from = 2022

    [[target]]
    id = "workers-not-fewer"
    kind = "floor"
    metric = "workers"
    level = "county"
    population = ["alleviated", "unstable"]
    year = 2022
    source = "确保全年脱贫人口务工人数不低于去年"
    note = "The county's 脱贫人口 workers (alleviated + unstable) in 2022 not fewer than in 2021."
    note_zh = "全县脱贫人口（脱贫户 + 脱贫不稳定户）2022年务工人数不少于2021年。"

    [[target]]
    id = "guarantees-cleared"
    kind = "ceiling"
    metric = "any_gap"
    level = "county"
    population = ["alleviated", "unstable", "marginal", "sudden_hardship"]
    year = 2022
    threshold = 0
    source = "确保“三保障一安全”核心问题动态清零"
    note = "动态清零: no household of the four categories with a gap in education, medical care, housing or safe water (any_gap = 0) in the county."
    note_zh = "动态清零：全县四类农户中没有义务教育、基本医疗、住房安全或饮水安全任何一项未保障（any_gap = 0）的户。"

    """
}
