import RuralStatText
import RuralStatCore
import RuralStatData
import RuralStatReport
import RuralStatSynth
import Testing

@Suite struct PanelCSVTests {
    /// Two hand-made rows with a few optional columns.
    static func panel() -> HouseholdPanel {
        var panel = HouseholdPanel(
            source: "test", householdID: TextColumn(["A1", "B2"]), year: [2021, 2022], householdSize: [3, 1],
            wageIncome: [12_000, 0], operatingIncome: [-350, 4_200.5], propertyIncome: [0, 10],
            transferIncome: [1_536, 2_000], productionExpense: [800, .nan])
        panel.village = TextColumn(["李家村", nil])
        panel.category = [HouseholdCategory.alleviated.rawValue, HouseholdCategory.suddenHardship.rawValue]
        panel.housingOK = [1, 0]
        panel.monitoredSince = [Missing.integer, 20_220_315]
        panel.weight = [37.25, 1]
        return panel
    }

    @Test func englishHeadersCodesAndNumbers() {
        let text = String(decoding: PanelCSV.households(Self.panel()), as: UTF8.self)
        #expect(text == """
            household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,\
            production_expense,village,category,housing_ok,weight,monitored_since
            A1,2021,3,12000,-350,0,1536,800,李家村,alleviated,1,37.25,
            B2,2022,1,0,4200.5,10,2000,,,sudden_hardship,0,1,2022-03-15

            """)
    }

    @Test func chineseHeadersAndLabels() {
        let text = String(decoding: PanelCSV.households(Self.panel(), language: .zh), as: UTF8.self)
        #expect(text == """
            户编号,年度,家庭人口数,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出,行政村,户类型,\
            住房安全保障,权重,纳入监测时间
            A1,2021,3,12000,-350,0,1536,800,李家村,脱贫户,是,37.25,
            B2,2022,1,0,4200.5,10,2000,,,突发严重困难户,否,1,2022-03-15

            """)
    }

    @Test func workersWithChineseLabels() {
        var workers = WorkerPanel(
            source: "test", personID: TextColumn(["P1"]), householdID: TextColumn(["A1"]), year: [2021],
            monthsEmployed: [10])
        workers.location = [WorkLocation.outOfProvince.rawValue]
        workers.jobType = [JobType.publicWelfare.rawValue]
        workers.wageIncome = [6_000]
        #expect(String(decoding: PanelCSV.workers(workers), as: UTF8.self)
            == "person_id,household_id,year,months_employed,location,job_type,wage_income\n"
            + "P1,A1,2021,10,out_of_province,public_welfare,6000\n")
        #expect(String(decoding: PanelCSV.workers(workers, language: .zh), as: UTF8.self)
            == "人员编号,户编号,年度,务工月数,务工地点,就业类型,务工收入\nP1,A1,2021,10,省外,公益岗位,6000\n")
    }
}
