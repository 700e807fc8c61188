import Foundation
import Testing

/// `income` and `employment` store only the columns they use, but every column is checked
/// (SPEC §2.3): a bad cell in a column they do not store stops them as it stops `validate`,
/// with the same messages, and under `--on-error skip` the same row is rejected.
@Suite struct UnstoredColumnCommandTests {
    /// Line 3 has a negative medical expense and a boolean that is not one; line 4 a worker's
    /// negative wage. Neither `income` nor `employment` stores those columns.
    static let files = [
        "h.csv": """
            household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,\
            production_expense,township,category,labor_count,employed_count,medical_expense,water_ok
            H1,2022,2,6000,2000,0,1000,1000,T1,alleviated,1,1,100,1
            H2,2022,4,4000,4000,0,2000,2000,T1,alleviated,2,0,-5,maybe
            H1,2023,2,8000,2000,0,1000,1000,T1,alleviated,1,1,0,是

            """,
        "w.csv": """
            person_id,household_id,year,months_employed,location,job_type,wage_income
            P1,H1,2022,10,county,enterprise,1000
            P2,H1,2023,10,county,enterprise,-3

            """,
    ]

    static func run(_ arguments: [String]) throws -> CommandRun {
        let directory = try CommandRun.directory(with: files)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try CommandRun(arguments, in: directory)
    }

    @Test func aBadCellInAColumnNotStoredStopsAsInValidate() throws {
        let validate = try Self.run(["validate", "--households", "h.csv"])
        #expect(validate.status == 65)
        #expect(validate.stderr.contains("h.csv:3: column 'medical_expense': value '-5'"))
        #expect(validate.stderr.contains("h.csv:3: column 'water_ok': value 'maybe'"))
        for command in ["income", "employment"] {
            let run = try Self.run([command, "--households", "h.csv", "--workers", "w.csv"])
            #expect(run.status == 65 && run.stdout.isEmpty, "\(command)")
            #expect(run.stderr == validate.stderr, "\(command)")
        }
    }

    @Test func rowsBadInAColumnNotStoredAreRejectedUnderSkip() throws {
        let run = try Self.run(["employment", "--households", "h.csv", "--workers", "w.csv", "--on-error", "skip",
                                "--rejects", "rejects.csv", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("h.csv: read 3 rows: 2 accepted, 1 rejected"))
        #expect(run.stderr.contains("w.csv: read 2 rows: 1 accepted, 1 rejected"))
    }
}
