import RuralStatLinearAlgebra
import Testing

@Suite struct MatrixTests {
    @Test func storesColumnByColumn() {
        // [1 3]
        // [2 4]   column-major storage is 1, 2, 3, 4
        let a = Matrix(rows: 2, columns: [[1, 2], [3, 4]])
        #expect(a.elements == [1, 2, 3, 4])
        #expect(a[0, 1] == 3)
        #expect(a[1, 0] == 2)
        #expect(a.column(1) == [3, 4])
        #expect(a.transposed.elements == [1, 3, 2, 4])
        #expect(a.withColumn(0) { Array($0) } == [1, 2])
    }
}
