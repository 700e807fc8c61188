import RuralStatLinearAlgebra
import RuralStatRegression
import RuralStatText
import Testing
import RuralStatTestSupport

@Suite struct LinearFitTests {
    /// n = p + 1: y = 1, 3, 2 at x = 0, 1, 2. By hand: x̄ = 1, ȳ = 2, Sxx = 2,
    /// Sxy = (−1)(−1) + 0 + (1)(0) = 1, b = 0.5, a = 1.5; residuals −0.5, 1, −0.5,
    /// RSS = 1.5 on 1 df, σ = √1.5, SE(b) = σ/√Sxx = √0.75.
    @Test func fitsWithOneResidualDegreeOfFreedom() throws {
        let fit = try LinearFit(design: Matrix(rows: 3, columns: [[1, 1, 1], [0, 1, 2]]), response: [1, 3, 2])
        #expect(isClose(fit.coefficients[0], 1.5, relative: 1e-14) && isClose(fit.coefficients[1], 0.5, relative: 1e-14))
        #expect(isClose(fit.residualSumOfSquares, 1.5, relative: 1e-14))
        #expect(fit.residualDegreesOfFreedom == 1)
        #expect(isClose(try fit.standardErrors(.classical)[1], 0.75.squareRoot(), relative: 1e-14))
    }

    /// One column, no intercept: β = Σxy/Σx² = (2 + 6 + 21)/14 = 29/14.
    @Test func fitsASingleColumn() throws {
        let fit = try LinearFit(design: Matrix(rows: 3, columns: [[1, 2, 3]]), response: [2, 3, 7])
        #expect(isClose(fit.coefficients[0], 29.0 / 14, relative: 1e-15))
        #expect(fit.rank == 1 && fit.conditionNumber == 1)
    }

    /// Intercept only, weights 1, 2, 1: β = (1 + 6 + 2)/4 = 2.25; RSS = 1.5625 + 2·0.5625 + 0.0625 = 2.75.
    @Test func weightsTheMean() throws {
        let fit = try LinearFit(design: Matrix(rows: 3, columns: [[1, 1, 1]]), response: [1, 3, 2], weights: [1, 2, 1])
        #expect(isClose(fit.coefficients[0], 2.25, relative: 1e-15))
        #expect(isClose(fit.residualSumOfSquares, 2.75, relative: 1e-15))
        for (e, expected) in zip(fit.residuals, [-1.25, 0.75, -0.25]) { #expect(isClose(e, expected, relative: 1e-15)) }
    }

    /// The later of two identical columns is aliased, the earlier keeps the whole effect.
    @Test func aliasesTheLaterOfCollinearColumns() throws {
        let x = [0.0, 1, 2, 4]
        let fit = try LinearFit(design: Matrix(rows: 4, columns: [[1, 1, 1, 1], x, x.map { 3 * $0 }]), response: [1, 2, 3, 5])
        #expect(fit.aliased == [false, false, true])
        #expect(fit.rank == 2 && fit.coefficients[2].isNaN)
        #expect(isClose(fit.coefficients[1], 1, relative: 1e-14))  // y = 1 + x exactly
        #expect(try fit.standardErrors(.hc1)[2].isNaN)
    }

    @Test func rejectsBadInput() {
        let design = Matrix(rows: 2, columns: [[1, 1]])
        #expect(throws: RegressionError.self) { try LinearFit(design: design, response: [1, .nan]) }
        let weight = #expect(throws: RegressionError.self) { try LinearFit(design: design, response: [1, 2], weights: [1, 0]) }
        #expect(weight?.message.en == "weight 0.0 in row 2 is not a finite number > 0")
        let zero = #expect(throws: RegressionError.self) {
            try LinearFit(design: Matrix(rows: 2, columns: [[0, 0]]), response: [1, 2])
        }
        #expect(zero?.code == .noData)
        let cluster = #expect(throws: RegressionError.self) {
            try LinearFit(design: design, response: [1, 2]).covariance(.cluster)
        }
        #expect(cluster?.code == .usage)
    }
}
