import Foundation
import Testing

/// `--lang zh`: every kind of message on standard error in Chinese, keeping the file's own
/// header names and the `file:line:` form, with no English words left but option names, file
/// names, header names and the names of formats and encodings (issue 16).
@Suite struct ChineseMessagesTests {
    /// The required columns, with Chinese headers for household_size and wage_income.
    static let header = "household_id,year,家庭人口数,工资性收入,operating_income,property_income,transfer_income,production_expense"

    static func run(_ arguments: [String], files: [String: String]) throws -> CommandRun {
        let directory = try CommandRun.directory(with: files)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try CommandRun(arguments, in: directory)
    }

    /// The ASCII words of `text` once the allowed ones are taken out: option names (`--x-y`),
    /// numbers in scientific notation, and `allowed` (file names, header names, cell values,
    /// option values, formats).
    static func englishWords(_ text: String, allowing allowed: [String] = []) -> [String] {
        var rest = text
        for word in (allowed + ["UTF-8", "GB18030", "CSV", "Excel", "xlsx", "csv"]).sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingOccurrences(of: word, with: " ")
        }
        rest = rest.replacingOccurrences(of: "--[a-z][a-z0-9-]*", with: " ", options: .regularExpression)
        rest = rest.replacingOccurrences(of: "[0-9.]+e[-+][0-9]+", with: " ", options: .regularExpression)
        return rest.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
    }

    @Test func theReadLineAndTheNotesAreChinese() throws {
        let run = try Self.run(["income", "--households", "h.csv", "--lang", "zh"], files: [
            "h.csv": "\(Self.header),备注\nH1,2023,3,1,1,1,1,1,x\nH2,2023,2,1,1,1,1,1,y\n",
        ])
        #expect(run.status == 0)
        #expect(run.stderr == "h.csv：说明：列“备注”未使用，已忽略\nh.csv：读取 2 行：接受 2 行，拒绝 0 行\n")
    }

    @Test func cellErrorsKeepTheHeaderAndTheLine() throws {
        let run = try Self.run(["income", "--households", "h.csv", "--lang", "zh"], files: [
            "h.csv": "\(Self.header)\nH1,2023,abc,1,1,1,1,1\nH2,2023,0,\"1,2\",1,1,1,1\nH3,2023,2,1,1,1\n",
        ])
        #expect(run.status == 65)
        #expect(run.stderr.contains("h.csv:2: 列“家庭人口数”：值“abc”：不是整数\n"))
        #expect(run.stderr.contains("h.csv:3: 列“家庭人口数”：值“0”：必须是不小于1的整数\n"))
        #expect(run.stderr.contains("h.csv:3: 列“工资性收入”：值“1,2”：不是数字：逗号只在每三位数字之间作千位分隔符"))
        #expect(run.stderr.contains("h.csv:4: 有 6 个字段，表头有 8 个\n"))
        #expect(run.stderr.hasSuffix("提示：请改正这些行，或用 --on-error skip 跳过有问题的行\n"))
        #expect(Self.englishWords(run.stderr, allowing: ["h.csv", "abc", "skip"]) == [])
    }

    @Test func fileErrorsSayWhatIsLikelyWrongWithoutTheSkipHint() throws {
        let run = try Self.run(["validate", "--households", "h.csv", "--lang", "zh"], files: [
            "h.csv": Self.header.replacingOccurrences(of: ",", with: "\t") + "\nH1\t2023\t3\t1\t1\t1\t1\t1\n",
        ])
        #expect(run.status == 65)
        #expect(run.stderr.contains("h.csv:1: 列“household_id”：值“”：缺少必需的列（表头可用：household_id、户编号、户编码）\n"))
        #expect(run.stderr.contains("h.csv:1: 读到的表头是：“household_id\tyear"))
        #expect(run.stderr.contains("h.csv:1: 表头像是用制表符连成的一列，文件不是逗号分隔的"))
        #expect(!run.stderr.contains("提示"))
        let names = ["household_id", "year", "household_size", "wage_income", "operating_income", "property_income",
                     "transfer_income", "production_expense"]
        #expect(Self.englishWords(run.stderr, allowing: ["h.csv"] + names) == [])
    }

    @Test func workbookErrorsAreChinese() throws {
        let run = try Self.run(["validate", "--households", "h.xlsx", "--lang", "zh"], files: ["h.xlsx": "not a zip\n"])
        #expect(run.status == 65)
        #expect(run.stderr == "h.xlsx:1: 不是 .xlsx 工作簿（无法作为 zip 压缩包打开）\n")
    }

    @Test func anUnreadableFileIsNamedWithItsHint() throws {
        let run = try Self.run(["income", "--households", "nope.csv", "--lang", "zh"], files: [:])
        #expect(run.status == 64)
        #expect(run.stderr == "无法读取 nope.csv：文件或文件夹不存在\n提示：请检查路径；不加 --households 时使用内置样例数据\n")
    }

    /// A usage error found by the command shows that command's usage, in Chinese with `--lang zh`.
    @Test func usageErrorsShowTheCommandsUsageInChinese() throws {
        let run = try Self.run(["income", "--households", "h.csv", "--growth-rate", "12", "--lang", "zh"],
                               files: ["h.csv": "\(Self.header)\nH1,2023,3,1,1,1,1,1\n"])
        #expect(run.status == 64)
        #expect(run.stderr == "错误：--growth-rate 12.0 即 1,200%：增长率请写成小数，如 12% 写作 0.12\n"
            + "用法：ruralstat income <options>\n  详见“ruralstat income --help”。\n")
    }

    @Test(arguments: [
        (["income", "--growth-rate", "12"], "income"),
        (["risk", "--drop", "2"], "risk"),
        (["forecast", "--horizon", "9"], "forecast"),
        (["employment", "--stable-months", "13"], "employment"),
        (["targets", "check"], "targets check"),
        (["targets", "show", "nowhere"], "targets show"),
    ])
    func valueErrorsPrintTheSubcommandsUsage(arguments: [String], command: String) throws {
        let run = try Self.run(arguments, files: [:])
        #expect(run.status == 64)
        #expect(run.stderr.contains("\nUsage: ruralstat \(command) "))
        #expect(run.stderr.hasSuffix("\n  See 'ruralstat \(command) --help' for more information.\n"))
        #expect(!run.stderr.contains("ruralstat <subcommand>"))
    }

    /// A check made while the options are parsed (`--format xlsx` needs `--output`).
    @Test func optionChecksWhileParsingAreChinese() throws {
        let run = try Self.run(["income", "--format", "xlsx", "--lang", "zh"], files: [:])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("错误：--format xlsx 写出工作簿：请用 --output 文件名.xlsx 指定文件\n用法：ruralstat income "))
        #expect(run.stderr.hasSuffix("  详见“ruralstat income --help”。\n"))
    }

    /// ArgumentParser's own messages about the command line, in Chinese with `--lang zh`.
    @Test(arguments: [
        (["income", "--foo"], "错误：未知选项“--foo”。是否要用“--bom”？\n"),
        (["income", "--by"], "错误：选项“--by <by>”缺少值\n"),
        (["income", "--format", "xyz"], "错误：“xyz”不是“--format <format>”的有效值，请从下列值中选择：\n"),
        (["income", "--growth-rate", "abc"], "错误：“abc”不是“--growth-rate <growth-rate>”的有效值\n"),
        (["income", "extra"], "错误：多余的参数“extra”\n"),
    ])
    func commandLineErrorsAreChinese(arguments: [String], first: String) throws {
        let run = try Self.run(arguments + ["--lang", "zh"], files: [:])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(first), "\(run.stderr)")
        #expect(run.stderr.contains("用法：ruralstat income") && run.stderr.contains("详见“ruralstat income --help”。"))
    }

    @Test func targetsFileErrorsAreChinese() throws {
        let files = ["h.csv": "\(Self.header)\nH1,2023,3,1,1,1,1,1\n",
                     "t.toml": "[[target]]\nid = \"g\"\nkind = \"growth\"\nthreshold = \"x\"\n",
                     "s.toml": "[[target]\n"]
        let invalid = try Self.run(["income", "--households", "h.csv", "--targets", "t.toml", "--lang", "zh"], files: files)
        #expect(invalid.status == 64)
        #expect(invalid.stderr.hasPrefix("错误：t.toml：目标“g”，键“threshold”：应为数字\n"))
        let syntax = try Self.run(["income", "--households", "h.csv", "--targets", "s.toml", "--lang", "zh"], files: files)
        #expect(syntax.status == 64)
        #expect(syntax.stderr.hasPrefix("错误：s.toml:1:9: 表数组的标题应以“]]”结束，却是“]”\n"))
        let preset = try Self.run(["targets", "check", "--preset", "nowhere", "--lang", "zh"], files: files)
        #expect(preset.stderr.hasPrefix("错误：没有名为“nowhere”的预设；可用：fangcheng-2022、"))
        for run in [invalid, syntax] {
            let usage = run.stderr.split(separator: "\n").filter { !$0.hasPrefix("用法：") }.joined(separator: "\n")
            #expect(Self.englishWords(usage, allowing: ["t.toml", "s.toml", "TOML", "threshold", "g", "ruralstat income"]) == [])
        }
    }

    @Test func formulaAndRegressionErrorsAreChinese() throws {
        let files = ["d.csv": "y,x,g\n1,0,a\n3,1,a\n2,2,a\n5,3,a\n"]
        let formula = try Self.run(["regress", "--data", "d.csv", "--formula", "y ~ x + $", "--lang", "zh"], files: files)
        #expect(formula.status == 64)
        #expect(formula.stderr == "ruralstat regress：此处不应出现字符“$”（公式第9个字符处）\n  y ~ x + $\n          ^\n")
        let unknown = try Self.run(["regress", "--data", "d.csv", "--formula", "y ~ z", "--lang", "zh"], files: files)
        #expect(unknown.stderr.hasPrefix("ruralstat regress：d.csv：没有列“z”（现有列：y、x、g）（公式第5个字符处）\n"))
        let level = try Self.run(["regress", "--data", "d.csv", "--formula", "y ~ C(g)", "--lang", "zh"], files: files)
        #expect(level.status == 65)
        #expect(level.stderr.contains("ruralstat regress：d.csv：C(g) 在所用的行中只有一个水平（a）；分类变量至少需要两个\n"))
        for run in [formula, unknown, level] {
            #expect(Self.englishWords(run.stderr, allowing: ["ruralstat regress", "d.csv", "C(g)", "y", "x", "z", "g", "a"]) == [])
        }
    }

    @Test func lineAndGuaranteesErrorsAreChinese() throws {
        let files = ["h.csv": "\(Self.header)\nH1,2023,3,1,1,1,1,1\n", "lines.json": "[6900]"]
        let line = try Self.run(["income", "--households", "h.csv", "--line", "abc", "--lang", "zh"], files: files)
        #expect(line.status == 64)
        #expect(line.stderr.hasPrefix("错误：--line 的值“abc”无效：应为不小于0的元数，如 6900\n用法：ruralstat income "))
        let linesFile = try Self.run(["income", "--households", "h.csv", "--lang", "zh"], files: files)
        #expect(linesFile.status == 65)
        #expect(linesFile.stderr.hasSuffix("lines.json：应为“年份: 监测线”的 JSON 对象，如 {\"2022\": 6900}\n"))
        let guarantees = try Self.run(["guarantees", "--households", "h.csv", "--lang", "zh"], files: ["h.csv": files["h.csv"]!])
        #expect(guarantees.status == 65)
        #expect(guarantees.stderr.hasSuffix("错误：h.csv:1: 表头中没有“义务教育保障”“基本医疗保障”“住房安全保障”“饮水安全保障”中的任何一列；"
            + "“三保障”和饮水安全分析至少需要一列\n"))
    }

    /// An output that cannot be written: exit 73 with the system's reason in Chinese.
    @Test func outputErrorsAreChinese() throws {
        let run = try Self.run(["income", "--households", "h.csv", "--output", "nodir/o.csv", "--lang", "zh"],
                               files: ["h.csv": "\(Self.header)\nH1,2023,3,1,1,1,1,1\n"])
        #expect(run.status == 73)
        #expect(run.stderr.hasSuffix("\n错误：无法写入 nodir/o.csv：文件或文件夹不存在\n"))
    }

    @Test func validateWarningsAndNoWarningsAreChinese() throws {
        let header = Self.header + ",labor_count,employed_count"
        let clean = try Self.run(["validate", "--households", "h.csv", "--lang", "zh"],
                                 files: ["h.csv": "\(header)\nH1,2023,3,1,1,1,1,1,2,1\n"])
        #expect(clean.status == 0 && clean.stdout.contains("没有提示") && !clean.stdout.contains("no warnings"))
        let doubtful = try Self.run(["validate", "--households", "h.csv", "--lang", "zh"],
                                    files: ["h.csv": "\(header)\nH1,2023,3,1,1,1,1,1,2,3\n"])
        #expect(doubtful.stdout.contains("务工人数 3 大于劳动力人数 2"))
        #expect(!doubtful.stdout.contains("is greater than"))
    }

    @Test func employmentWarningsAreChinese() throws {
        let run = try Self.run(
            ["employment", "--households", "h.csv", "--workers", "w.csv", "--lang", "zh"],
            files: ["h.csv": EmploymentCommandTests.households, "w.csv": EmploymentCommandTests.workers])
        #expect(run.status == 0)
        #expect(run.stderr.contains("employment：住户文件与务工人员文件有 1 处不一致\n"))
        #expect(run.stdout.contains("务工人数为 0，但务工人员文件中有 1 行"))
    }

    @Test func theRegressFooterIsChinese() throws {
        let files = ["d.csv": RegressCommandTests.csv]
        let run = try Self.run(["regress", "--data", "d.csv", "--formula", "y ~ x", "--lang", "zh"], files: files)
        #expect(run.status == 0)
        for line in ["显著性标记：0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1", "标准误：经典",
                     "残差标准误：", "（因缺失值删去 1 个观测）", "判定系数：", "F 统计量：", "对数似然：", "观测数 = 4，秩 = 2"] {
            #expect(run.stdout.contains(line), "\(line)")
        }
        for english in ["Signif. codes", "Residual standard error", "R-squared", "F-statistic", "Log-likelihood", "rank ="] {
            #expect(!run.stdout.contains(english), "\(english)")
        }
        let cluster = try Self.run(["regress", "--data", "d.csv", "--formula", "y ~ x", "--se", "cluster:g", "--lang", "zh"],
                                   files: files)
        #expect(cluster.stdout.contains("标准误：聚类稳健（g）（2 个聚类：t 检验和瓦尔德 F 检验的自由度为聚类数减一，即 1"))
    }

    /// Target tables with `--lang zh`: the plan's sentence for the id, Chinese kinds and
    /// metrics, the set's title in the heading and the presets' readings in Chinese.
    @Test func targetTablesAreChinese() throws {
        let files = ["h.csv": IncomeCommandTests.households]
        let income = try Self.run(["income", "--households", "h.csv", "--preset", "wenshan-2022", "--lang", "zh"], files: files)
        #expect(income.status == 0)
        #expect(income.stdout.contains("目标：文山市 2022 年脱贫人口及“三类对象”增收、就业和义务教育目标"))
        #expect(income.stdout.contains("保障脱贫人口及“三类对象”稳定增收,年人均收入增速12%以上  增速"))
        #expect(!income.stdout.contains("growth-12-a-year"))
        let check = try Self.run(["targets", "check", "--households", "h.csv", "--preset", "wenshan-2022", "--lang", "zh"],
                                 files: files)
        #expect(check.status == 0)
        #expect(check.stdout.contains("全县四类农户中没有义务教育未保障（education_ok = 0）的户"))
        #expect(!check.stdout.contains("No household of the four categories"))
        let english = try Self.run(["targets", "check", "--households", "h.csv", "--preset", "wenshan-2022"], files: files)
        #expect(english.stdout.contains("No household of the four categories"))
    }

    /// `--help` of every command lists 73 among the exit statuses.
    @Test(arguments: ["", "validate", "income", "employment", "guarantees", "regress", "risk", "targets", "targets list",
                      "targets show", "targets check", "synth", "forecast", "report"])
    func helpListsExitStatus73(command: String) throws {
        let run = try Self.run(command.split(separator: " ").map(String.init) + ["--help"], files: [:])
        #expect(run.status == 0)
        #expect(run.stdout.replacingOccurrences(of: "\n", with: " ").contains("73 an output file could not be written"))
    }
}
