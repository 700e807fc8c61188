import RuralStatLinearAlgebra
import Testing

@Suite struct MatrixDecompositionsTests {
    /// The smoke test of the LAPACK link: y = a + b·x through (0, 1), (1, 3), (2, 2), (3, 5).
    /// By hand: x̄ = 1.5, ȳ = 2.75, Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5,
    /// Sxy = (−1.5)(−1.75) + (−0.5)(0.25) + (0.5)(−0.75) + (1.5)(2.25) = 5.5,
    /// so b = 5.5 / 5 = 1.1 and a = 2.75 − 1.1·1.5 = 1.1.
    @Test func leastSquaresThroughDgels() throws {
        let x = Matrix(rows: 4, columns: [[1, 1, 1, 1], [0, 1, 2, 3]])
        let solution = try x.leastSquaresSolution([1, 3, 2, 5])
        #expect(abs(solution[0] - 1.1) <= 1e-14 * 1.1)
        #expect(abs(solution[1] - 1.1) <= 1e-14 * 1.1)
    }

    @Test func rankDeficientDgelsThrowsNamingTheRoutine() {
        let x = Matrix(rows: 3, columns: [[1, 1, 1], [0, 0, 0]])
        let error = #expect(throws: LAPACKError.self) { try x.leastSquaresSolution([1, 2, 3]) }
        #expect(error?.routine == "dgels")
    }

    /// A = [3 0; 4 5]: AᵀA = [25 20; 20 25] has eigenvalues 45 and 5, so the singular values
    /// are √45 = 3√5 and √5.
    @Test func singularValuesOfATwoByTwo() throws {
        let a = Matrix(rows: 2, columns: [[3, 4], [0, 5]])
        let s = try a.singularValues()
        #expect(abs(s[0] - 3 * 5.0.squareRoot()) <= 1e-15 * s[0] * 4)
        #expect(abs(s[1] - 5.0.squareRoot()) <= 1e-15 * s[1] * 4)
    }

    /// [4 2; 2 3]·x = (2, 1): det = 8, x = (3·2 − 2·1, 4·1 − 2·2)/8 = (0.5, 0).
    @Test func solvesPositiveDefiniteSystems() throws {
        let a = Matrix(rows: 2, columns: [[4, 2], [2, 3]])
        let x = try a.solvePositiveDefinite([2, 1])
        #expect(abs(x[0] - 0.5) <= 1e-15 && abs(x[1]) <= 1e-15)
        let indefinite = Matrix(rows: 2, columns: [[1, 2], [2, 1]])
        let error = #expect(throws: LAPACKError.self) { try indefinite.solvePositiveDefinite([1, 1]) }
        #expect(error?.routine == "dposv")
    }
}
