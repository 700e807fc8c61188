import Foundation
import Testing

/// `ruralstat regress` run as a process: output keys, exit statuses, messages.
@Suite struct RegressCommandTests {
    /// y = 1, 3, 2, 5 at x = 0, 1, 2, 3: by hand a = b = 1.1 (x̄ = 1.5, ȳ = 2.75, Sxx = 5,
    /// Sxy = 5.5); line 4 has no y and is dropped.
    static let csv = "y,x,g\n1,0,a\n3,1,b\nNA,7,a\n2,2,a\n5,3,b\n"

    func run(_ arguments: [String]) throws -> CommandRun {
        let directory = try CommandRun.directory(with: ["d.csv": Self.csv])
        defer { try? FileManager.default.removeItem(at: directory) }
        return try CommandRun(["regress", "--data", "d.csv"] + arguments, in: directory)
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

    @Test func printsAnRStyleSummary() throws {
        let run = try run(["--formula", "y ~ x + g", "--se", "hc1"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Linear model: y ~ x + g"))
        #expect(run.stdout.contains("Standard errors: HC1"))
        #expect(run.stdout.contains("(1 observation deleted due to missingness)"))
    }

    @Test func badFormulaExits64WithThePosition() throws {
        let run = try run(["--formula", "y ~ x + z"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown column \"z\" (columns: y, x, g) at position 9 of the formula"))
    }

    @Test func badDataExits65NamingTheLine() throws {
        let run = try run(["--formula", "log(x) ~ y"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("d.csv: line 2: log(x) is -inf, not a finite number"))
    }

    @Test func badOptionsExit64() throws {
        #expect(try run(["--formula", "y ~ x", "--se", "hc9"]).status == 64)
        #expect(try CommandRun(["regress", "--data", "missing.csv", "--formula", "y ~ x"],
                               in: FileManager.default.temporaryDirectory).status == 64)
    }
}
