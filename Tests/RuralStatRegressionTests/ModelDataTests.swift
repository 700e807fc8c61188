import RuralStatCore
import RuralStatRegression
import Testing

@Suite struct ModelDataTests {
    @Test func findsColumnsExactlyThenByTheOnlyCaseInsensitiveMatch() {
        let data = ModelData([("y", .numeric([1.5, .nan])), ("g", .text(["a", nil])), ("Y2", .numeric([1, 2]))],
                             lineNumbers: [2, 4])
        guard case .numeric(let y)? = data.column(named: "y") else { Issue.record("y should be numeric"); return }
        #expect(y[0] == 1.5 && y[1].isNaN)
        guard case .text(let g)? = data.column(named: "G") else { Issue.record("g should be text"); return }
        #expect(g[0] == "a" && g[1] == nil)
        #expect(data.column(named: "y2") != nil && data.column(named: "z") == nil)
        #expect(data.rowCount == 2 && data.lineNumbers == [2, 4])
    }

    @Test func anAmbiguousCaseInsensitiveNameIsNotFound() {
        let data = ModelData([("x", .numeric([1])), ("X", .numeric([2]))])
        #expect(data.column(named: "X") != nil)
        guard case .numeric(let x)? = data.column(named: "x") else { Issue.record("x should be found exactly"); return }
        #expect(x == [1])
        let other = ModelData([("Ab", .numeric([1])), ("aB", .numeric([2]))])
        #expect(other.column(named: "ab") == nil)
    }
}
