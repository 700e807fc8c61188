import Foundation
import Testing

/// `ruralstat regress` run as a process: output keys, exit statuses, messages.
@Suite struct RegressCommandTests {
    /// y = 1, 3, 2, 5 at x = 0, 1, 2, 3: by hand a = b = 1.1 (x̄ = 1.5, ȳ = 2.75, Sxx = 5,
    /// Sxy = 5.5); line 4 has no y and is dropped.
    static let csv = "y,x,g\n1,0,a\n3,1,b\nNA,7,a\n2,2,a\n5,3,b\n"

    func run(_ arguments: [String], csv: String = csv) throws -> CommandRun {
        let directory = try CommandRun.directory(with: ["d.csv": csv])
        defer { try? FileManager.default.removeItem(at: directory) }
        return try CommandRun(["regress", "--data", "d.csv"] + arguments, in: directory)
    }

    /// `log()` of a value ≤ 0 names the file, line, column and value (it used to say "-nan").
    @Test(arguments: [
        ("y ~ log(x)", "d.csv: line 2: log(x) is undefined for x = 0: log needs a value > 0, not 0"),
        ("log(y - 2) ~ x", "d.csv: line 2: log(y - 2) is undefined for y = 1: log needs a value > 0, not -1"),
        ("y ~ sqrt(I(x - 2))", "d.csv: line 2: sqrt(I(x - 2)) is undefined for x = 0: sqrt needs a value ≥ 0, not -2"),
        ("y ~ I(y / x)", "d.csv: line 2: I(y/x) is undefined for y = 1, x = 0: division by 0"),
    ])
    func anUndefinedTransformExits65NamingTheValue(formula: String, message: String) throws {
        let run = try run(["--formula", formula])
        #expect(run.status == 65)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.lowercased().contains("nan"))
        #expect(run.stdout.isEmpty)
    }

    /// Without `--data` the bundled sample's households file is used, as the root help says
    /// every command does: the same result as naming that file.
    @Test func withoutDataTheBundledSampleIsUsed() throws {
        let directory = try CommandRun.directory(with: [:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let formula = ["--formula", "wage_income ~ household_size", "--format", "json"]
        let sample = try CommandRun(["regress"] + formula, in: directory)
        #expect(sample.status == 0, "\(sample.stderr)")
        let path = try #require(sample.stderr.split(separator: "\n").first { $0.contains("households.csv: read ") }
            .map { String($0[..<$0.range(of: ": read ")!.lowerBound]) })
        #expect(path.hasSuffix("/households.csv"))
        let named = try CommandRun(["regress", "--data", path] + formula, in: directory)
        #expect(named.status == 0 && named.stdout == sample.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sample.stdout.utf8)) as? [String: Any])
        #expect((json["n"] as? Int ?? 0) > 1000)
    }

    @Test func aHeaderOnlyFileHasNoDataRows() throws {
        let run = try run(["--formula", "y ~ x"], csv: "y,x,g\n")
        #expect(run.status == 65)
        #expect(run.stderr.contains("d.csv: no data rows: the file has a header and nothing under it"))
    }

    @Test func writesTheSpecKeysAsJSON() throws {
        let run = try run(["--formula", "y ~ x", "--format", "json", "--se", "cluster:g"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["n"] as? Int == 4 && json["df_residual"] as? Int == 2 && json["dropped_rows"] as? Int == 1)
        #expect(json["se_type"] as? String == "cluster:g")
        #expect(json["aliased"] as? [String] == [])
        let coefficients = try #require(json["coefficients"] as? [[String: Any]])
        #expect(coefficients.map { $0["term"] as? String } == ["(Intercept)", "x"])
        let slope = try #require(coefficients[1]["estimate"] as? Double)
        #expect(abs(slope - 1.1) <= 1e-14)
        for key in ["r_squared", "adj_r_squared", "sigma", "f_statistic", "f_p_value", "log_likelihood", "aic", "bic",
                    "condition_number", "rank"] {
            #expect(json[key] != nil, "missing \(key)")
        }
    }

    /// Two clusters and two slopes: the cluster covariance has rank ≤ 1, so the Wald F is
    /// `null` in JSON and absent from the footer, never a huge number.
    @Test func clusterFWithAsManySlopesAsClustersIsNull() throws {
        let csv = "y,x,z,g\n1,0,1,a\n3,1,0,b\n2,2,2,a\n5,3,1,b\n4,4,5,a\n7,5,2,b\n"
        let json = try run(["--formula", "y ~ x + z", "--format", "json", "--se", "cluster:g"], csv: csv)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["f_statistic"] is NSNull && object["f_p_value"] is NSNull)
        let table = try run(["--formula", "y ~ x + z", "--se", "cluster:g"], csv: csv)
        #expect(table.status == 0 && !table.stdout.contains(" DF,  p-value"))
    }

    @Test func printsAnRStyleSummary() throws {
        let run = try run(["--formula", "y ~ x + C(g)", "--se", "hc1"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Linear model: y ~ x + C(g)"))
        #expect(run.stdout.contains("Standard errors: HC1"))
        #expect(run.stdout.contains("(1 observation deleted due to missingness)"))
    }

    @Test func badFormulaExits64WithThePosition() throws {
        let run = try run(["--formula", "y ~ x + z"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown column \"z\" (columns: y, x, g) at position 9 of the formula"))
    }

    @Test func printsTheAccountingLine() throws {
        let run = try run(["--formula", "y ~ x"])
        #expect(run.stderr.contains("d.csv: read 5 rows: 5 accepted, 0 rejected"))
    }

    /// A text cell in a numeric column is an error naming file, line, column and value, not a
    /// silent category (the column is numeric: it is not inside C()).
    @Test func aTextCellInANumericColumnExits65() throws {
        let bad = try run(["--formula", "y ~ x"], csv: Self.csv + "4,n/a,a\n")
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("d.csv:7: column 'x': value 'n/a': is not a number"))
        #expect(bad.stdout.isEmpty)
        // A text column named outside C() is the same error.
        let text = try run(["--formula", "y ~ g"])
        #expect(text.status == 65 && text.stderr.contains("d.csv:2: column 'g': value 'a': is not a number"))
    }

    /// With --on-error skip the bad row is left out, written to --rejects, and counted; the
    /// fit is the one of the other rows (a = b = 1.1, as above).
    @Test func skipRejectsTheBadRowAndFitsTheRest() throws {
        let directory = try CommandRun.directory(with: ["d.csv": Self.csv + "4,n/a,a\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun(["regress", "--data", "d.csv", "--formula", "y ~ x", "--format", "json",
                                  "--on-error", "skip", "--rejects", "bad.csv"], in: directory)
        #expect(run.status == 0)
        #expect(run.stderr.contains("d.csv: read 6 rows: 5 accepted, 1 rejected"))
        let rejects = try String(contentsOf: directory.appendingPathComponent("bad.csv"), encoding: .utf8)
        #expect(rejects.contains("7") && rejects.contains("n/a") && rejects.contains("is not a number"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["n"] as? Int == 4 && json["dropped_rows"] as? Int == 1)
        let coefficients = try #require(json["coefficients"] as? [[String: Any]])
        let slope = try #require(coefficients[1]["estimate"] as? Double)
        #expect(abs(slope - 1.1) <= 1e-14)
    }

    /// Numbers inside C() are levels in numeric order: 2 before 10, reference 2.
    @Test func numericLevelsSortAsNumbers() throws {
        let run = try run(["--formula", "y ~ C(k)"], csv: "y,k\n1,10\n2,2\n3,10\n5,2\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("C(k)10"))
    }

    @Test func badOptionsExit64() throws {
        #expect(try run(["--formula", "y ~ x", "--se", "hc9"]).status == 64)
        #expect(try CommandRun(["regress", "--data", "missing.csv", "--formula", "y ~ x"],
                               in: FileManager.default.temporaryDirectory).status == 64)
    }
}
