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
