import RuralStatLinearAlgebra
import Testing

@Suite struct MatrixTriangularTests {
    // U = [2 1; 0 4]; by hand U⁻¹ = [1/2 −1/8; 0 1/4].
    let u = Matrix(rows: 2, columns: [[2, 0], [1, 4]])

    @Test func solvesBothWays() throws {
        // U·x = (4, 8): x₂ = 2, x₁ = (4 − 2)/2 = 1.
        #expect(try u.solveUpperTriangular([4, 8]) == [1, 2])
        // Uᵀ·x = (4, 10): x₁ = 2, x₂ = (10 − 2)/4 = 2.
        #expect(try u.solveUpperTriangular([4, 10], transposed: true) == [2, 2])
    }

    @Test func inverts() throws {
        #expect(try u.upperTriangularInverse().elements == [0.5, 0, -0.125, 0.25])
        let singular = Matrix(rows: 2, columns: [[0, 0], [1, 1]])
        #expect(throws: LAPACKError.self) { try singular.upperTriangularInverse() }
    }

    @Test func multipliesByTheInverseAndAccumulatesTheGram() {
        // B = [2 1; 4 6]: row (2, 1)·U⁻¹ = (1, −1/4 + 1/4) = (1, 0); row (4, 6) → (2, −1/2 + 3/2) = (2, 1).
        var b = Matrix(rows: 2, columns: [[2, 4], [1, 6]])
        b.multiplyByUpperTriangularInverse(u)
        #expect(b.elements == [1, 2, 0, 1])
        // BᵀB = [1·1 + 2·2, 2·1; ·, 0 + 1] = [5 2; · 1], added to 1s.
        var sum = Matrix(rows: 2, columns: [[1, 1], [1, 1]])
        b.addGram(to: &sum)
        #expect(sum.elements == [6, 1, 3, 2])
    }
}
