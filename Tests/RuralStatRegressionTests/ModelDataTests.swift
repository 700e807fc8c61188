import RuralStatCore
import RuralStatRegression
import Testing

@Suite struct ModelDataTests {
    @Test func readsTextCellsAsNumbersOrText() {
        let data = ModelData(
            header: ["y", "g", "x"], cells: [[" 1.5 ", "", " NA"], ["a", "b", ""], ["2", "x", "3"]], lineNumbers: [2, 3, 4])
        guard case .numeric(let y)? = data.column(named: "y") else { Issue.record("y should be numeric"); return }
        #expect(y[0] == 1.5 && y[1].isNaN && y[2].isNaN)
        guard case .text(let g)? = data.column(named: "G") else { Issue.record("g should be text"); return }
        #expect(g[0] == "a" && g[2] == nil)
        guard case .text(let x)? = data.column(named: "x") else { Issue.record("x has a word, so text"); return }
        #expect(x[1] == "x")
        #expect(data.rowCount == 3)
    }

    @Test func makesRepeatedNamesUniqueAsR() {
        let data = ModelData(header: ["x", "x", "x"], cells: [["1"], ["2"], ["3"]])
        #expect(data.names == ["x", "x.1", "x.2"])
    }
}
