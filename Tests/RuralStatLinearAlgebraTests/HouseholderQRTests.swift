import Foundation
import RuralStatLinearAlgebra
import Testing

@Suite struct HouseholderQRTests {
    /// The line through (0, 1), (1, 3), (2, 2), (3, 5): a = b = 1.1 by hand (see
    /// MatrixDecompositionsTests), now from Qᵀy and the unpivoted R.
    @Test func solvesLeastSquaresThroughQAndR() throws {
        let qr = try HouseholderQR(Matrix(rows: 4, columns: [[1, 1, 1, 1], [0, 1, 2, 3]]))
        // |R₁₁| = ‖(1, 1, 1, 1)‖ = 2; |R₂₂|² = Sxx = 5 (the part of x orthogonal to 1).
        #expect(abs(abs(qr.r[0, 0]) - 2) <= 1e-15)
        #expect(abs(abs(qr.r[1, 1]) - 5.0.squareRoot()) <= 1e-14)
        var qty = [1.0, 3, 2, 5]
        try qr.multiplyByQTransposed(&qty)
        let solution = try Matrix(rows: 2, columns: [[qr.r[0, 0], 0], [qr.r[0, 1], qr.r[1, 1]]])
            .solveUpperTriangular(Array(qty.prefix(2)))
        #expect(abs(solution[0] - 1.1) <= 1e-14 && abs(solution[1] - 1.1) <= 1e-14)
        try qr.multiplyByQ(&qty)
        for (value, expected) in zip(qty, [1.0, 3, 2, 5]) { #expect(abs(value - expected) <= 1e-14 * 5) }
    }
}

@Suite struct HouseholderQRBlockTests {
    /// Blocks of 5 rows (TSQR) give the same R up to row signs as one block, and Qᵀ then Q
    /// returns the vector; the least-squares solution from either agrees.
    @Test(arguments: [1, 3, 5, 64])
    func blockedMatchesUnblocked(blockRows: Int) throws {
        let m = 23
        let columns: [[Double]] = [
            (0..<m).map { _ in 1 }, (0..<m).map { Double($0) }, (0..<m).map { sin(Double($0)) },
        ]
        let a = Matrix(rows: m, columns: columns)
        let y: [Double] = (0..<m).map { i in
            let x = Double(i)
            return 2 + 0.5 * x - 3 * sin(x) + cos(3 * x)
        }
        let whole = try HouseholderQR(a, blockRows: m)
        let blocked = try HouseholderQR(a, blockRows: blockRows)
        for i in 0..<3 {
            for j in i..<3 {
                #expect(abs(abs(blocked.r[i, j]) - abs(whole.r[i, j])) <= 1e-12 * abs(whole.r[0, 0]))
            }
        }
        func solve(_ qr: HouseholderQR) throws -> [Double] {
            var qty = y
            try qr.multiplyByQTransposed(&qty)
            let r = qr.r
            let square = Matrix(rows: 3, columns: (0..<3).map { j in (0..<3).map { r[$0, j] } })
            return try square.solveUpperTriangular(Array(qty.prefix(3)))
        }
        for (u, v) in zip(try solve(blocked), try solve(whole)) { #expect(abs(u - v) <= 1e-12 * max(1, abs(v))) }
        var round = y
        try blocked.multiplyByQTransposed(&round)
        try blocked.multiplyByQ(&round)
        for (u, v) in zip(round, y) { #expect(abs(u - v) <= 2e-12) }
    }
}
