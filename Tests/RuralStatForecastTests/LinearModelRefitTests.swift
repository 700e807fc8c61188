import RuralStatCore
import RuralStatRegression
import Testing

/// The package API the household model's FGLS steps use: a refit on the same design, and
/// point predictions.
@Suite struct LinearModelRefitTests {
    private let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    private let y: [Double] = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1]

    /// Weighted least squares of a straight line by its closed form:
    /// b = Σw(x − x̄)(z − z̄) / Σw(x − x̄)², a = z̄ − b·x̄ with weighted means.
    private func line(_ z: [Double], _ w: [Double]) -> (a: Double, b: Double) {
        let sw = w.reduce(0, +)
        let mx = zip(w, x).reduce(0) { $0 + $1.0 * $1.1 } / sw
        let mz = zip(w, z).reduce(0) { $0 + $1.0 * $1.1 } / sw
        var sxz = 0.0, sxx = 0.0
        for i in x.indices {
            sxz += w[i] * (x[i] - mx) * (z[i] - mz)
            sxx += w[i] * (x[i] - mx) * (x[i] - mx)
        }
        let b = sxz / sxx
        return (mz - b * mx, b)
    }

    @Test func refitIsWeightedLeastSquaresOnTheSameRows() throws {
        // Row 3 has no x: the base model drops it, and so does the refit.
        var xs = x
        xs.insert(.nan, at: 3)
        var ys = y
        ys.insert(5, at: 3)
        let data = ModelData([("x", .numeric(xs)), ("y", .numeric(ys))])
        let base = try LinearModel(try Formula("y ~ x"), data: data)
        #expect(base.usedRows == [0, 1, 2, 4, 5, 6, 7, 8])
        let z = y.map { $0 * $0 }
        let w: [Double] = [1, 2, 0.5, 3, 1, 4, 2, 1]
        let refit = try base.refitted(
            try Formula("z ~ x"), response: z, weights: w, weightsColumn: "w", lineNumbers: nil)
        let (a, b) = line(z, w)
        #expect(abs(refit.fit.coefficients[0] - a) <= 1e-12 * abs(a), "\(refit.fit.coefficients[0]) vs \(a)")
        #expect(abs(refit.fit.coefficients[1] - b) <= 1e-12 * abs(b), "\(refit.fit.coefficients[1]) vs \(b)")
        #expect(refit.usedRows == base.usedRows)
        #expect(refit.weightsColumn == "w")
        #expect(refit.formula.text == "z ~ x")
    }

    @Test func refitRefusesBadWeightsNamingTheLine() throws {
        let data = ModelData([("x", .numeric(x)), ("y", .numeric(y))], lineNumbers: Array(10..<18))
        let base = try LinearModel(try Formula("y ~ x"), data: data)
        var w = [Double](repeating: 1, count: x.count)
        w[2] = 0
        let error = #expect(throws: RegressionError.self) {
            try base.refitted(try Formula("y ~ x"), response: y, weights: w, weightsColumn: "w", lineNumbers: data.lineNumbers)
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("line 12: weight 0.0 in \"w\""), "\(String(describing: error))")
    }

    /// xβ by hand, NaN where a regressor is missing.
    @Test func fittedValuesAreTheLine() throws {
        let base = try LinearModel(try Formula("y ~ x"), data: ModelData([("x", .numeric(x)), ("y", .numeric(y))]))
        let (a, b) = line(y, Array(repeating: 1, count: x.count))
        let fitted = try base.fittedValues(ModelData([("x", .numeric([0, 2.5, .nan]))]))
        #expect(abs(fitted[0] - a) <= 1e-12 * abs(a))
        #expect(abs(fitted[1] - (a + 2.5 * b)) <= 1e-12 * abs(a + 2.5 * b))
        #expect(fitted[2].isNaN)
    }

    /// The adapter restricted to named columns computes those, as the panel defines them.
    @Test func adapterWithOnlySomeColumns() {
        let panel = KnownProcess(households: 5, years: 2019...2021).panel()
        let rows = [4, 0, 7]
        let data = ModelData(panel: panel, rows: rows, only: ["pci", "weight", "township"])
        #expect(data.names == ["township", "weight", "pci"])
        guard case .numeric(let pci)? = data.column(named: "pci") else { Issue.record("pci"); return }
        // Size 1 and wage income only: pci is the wage.
        #expect(pci == rows.map { panel.wageIncome[$0] })
        #expect(data.lineNumbers == rows.map { Int(panel.line[$0]) })
    }
}
