import Foundation
import RuralStatLinearAlgebra
import Testing

/// Parking OpenBLAS's workers leaves linear algebra working: the next call starts them again.
@Suite(.serialized) struct BLASThreadsTests {
    /// Solves y = Xβ (3,000 × 40, large enough for OpenBLAS to use its threads) and returns
    /// the largest error in β.
    static func solveExactSystem() throws -> Double {
        let rows = 3_000, count = 40
        // Scattered entries in [−0.5, 0.5): a well-conditioned matrix (condition number 1.2).
        let columns: [[Double]] = (0..<count).map { j in
            (0..<rows).map { i -> Double in
                let x = sin(12.9898 * Double(i * count + j)) * 43_758.5453
                return x - x.rounded(.down) - 0.5
            }
        }
        let beta: [Double] = (0..<count).map { Double($0) - 19.5 }
        var y = [Double](repeating: 0, count: rows)
        for j in 0..<count {
            for i in 0..<rows { y[i] += columns[j][i] * beta[j] }
        }
        let qr = try HouseholderQR(Matrix(rows: rows, columns: columns))
        var qty = y
        try qr.multiplyByQTransposed(&qty)
        let r = Matrix(rows: count, columns: (0..<count).map { j in (0..<count).map { i in i <= j ? qr.r[i, j] : 0 } })
        let solution = try r.solveUpperTriangular(Array(qty.prefix(count)))
        return zip(solution, beta).map { abs($0 - $1) }.max()!
    }

    @Test func linearAlgebraWorksAfterTheWorkersAreParked() throws {
        let threads = BLASThreads.count
        BLASThreads.parkWorkers()
        #expect(try Self.solveExactSystem() < 1e-9)
        BLASThreads.parkWorkers()
        BLASThreads.parkWorkers()
        #expect(try Self.solveExactSystem() < 1e-9)
        #expect(BLASThreads.count == threads)
    }

    /// Parking and setting the thread count from one thread while others solve leaves their
    /// solutions exact: a park shuts nothing down under a call, a new count waits for the calls
    /// in flight (the test suite runs suites in parallel, and a library user may run a forecast
    /// beside a regression). Without the lock parking returned wrong solutions, or deadlocked:
    /// hence the time limit.
    @Test(.timeLimit(.minutes(1))) func parkingBesideRunningCallsLeavesThemExact() async throws {
        let threads = BLASThreads.count
        let errors = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<3 {
                group.addTask { try (0..<8).map { _ in try Self.solveExactSystem() } }
            }
            group.addTask {
                for _ in 0..<400 {
                    BLASThreads.parkWorkers()
                    BLASThreads.set(threads)
                    try await Task.sleep(nanoseconds: 100_000)
                }
                return []
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(errors.count == 24)
        #expect(BLASThreads.count == threads)
        #expect(errors.allSatisfy { $0 < 1e-9 }, "largest error \(errors.max() ?? .nan)")
    }
}
