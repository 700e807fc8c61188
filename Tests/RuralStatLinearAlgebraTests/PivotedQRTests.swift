import RuralStatLinearAlgebra
import Testing

@Suite struct PivotedQRTests {
    /// The same line as the dgels smoke test, through Qᵀb and R: the answer a = b = 1.1 (by
    /// hand, see MatrixDecompositionsTests) after undoing the column pivoting.
    @Test func solvesLeastSquaresThroughQAndR() throws {
        let x = Matrix(rows: 4, columns: [[1, 1, 1, 1], [0, 1, 2, 3]])
        let qr = try PivotedQR(x)
        // Column norms: ‖1‖ = 2, ‖x‖ = √14, so x is pivoted first.
        #expect(qr.permutation == [1, 0])
        var qtb = [1.0, 3, 2, 5]
        try qr.multiplyByQTransposed(&qtb)
        let z = try qr.leadingR(2).solveUpperTriangular(Array(qtb.prefix(2)))
        var solution = [0.0, 0]
        for (k, column) in qr.permutation.enumerated() { solution[column] = z[k] }
        #expect(abs(solution[0] - 1.1) <= 1e-14)
        #expect(abs(solution[1] - 1.1) <= 1e-14)
        // |R₁₁| is the norm of the first pivot column, √14.
        #expect(abs(abs(qr.r[0, 0]) - 14.0.squareRoot()) <= 1e-14 * 4)
        // Q·(Qᵀb) gives b back.
        try qr.multiplyByQ(&qtb)
        for (value, expected) in zip(qtb, [1.0, 3, 2, 5]) { #expect(abs(value - expected) <= 1e-14 * 5) }
    }
}
