@testable import RuralStatData
import Testing

/// Dictionary encoding: codes in order of first appearance, found again whatever the value's
/// length, through every growth of the table, and across the two parts of a file.
@Suite struct ByteInternerTests {
    /// Finds `text`, inserting it when new; returns its code.
    static func intern(_ text: String, in interner: ByteInterner) -> UInt32 {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            let (code, hash) = interner.find(bytes)
            return code ?? interner.insert(bytes, hash: hash)
        }
    }

    static func lookUp(_ text: String, in interner: ByteInterner) -> UInt32? {
        Array(text.utf8).withUnsafeBufferPointer { bytes in interner.find(bytes, hash: ByteInterner.hash(bytes)) }
    }

    /// Values of every length from 1 to 40 that differ from each other in one byte only, at
    /// the start, in the middle (covered by neither 8-byte edge of a 17-byte value) or at
    /// the end.
    static let nearValues: [String] = (1...40).flatMap { length -> [String] in
        let base = String(repeating: "a", count: length)
        return [0, length / 2, length - 1].map { position in
            var bytes = Array(base.utf8)
            bytes[position] = UInt8(ascii: "b")
            return String(decoding: bytes, as: UTF8.self)
        } + [base]
    }

    @Test func codesFollowFirstAppearanceAndValuesAreFoundAgain() {
        let interner = ByteInterner()
        let values = Array(Set(Self.nearValues)).sorted() + ["乡镇", "城关镇", "H0000001"]
        for (index, value) in values.enumerated() {
            #expect(Self.intern(value, in: interner) == UInt32(index))
        }
        #expect(interner.count == values.count)
        for (index, value) in values.enumerated().reversed() {
            #expect(Self.intern(value, in: interner) == UInt32(index), "\(value)")
            #expect(Self.lookUp(value, in: interner) == UInt32(index), "\(value)")
        }
        #expect(Self.lookUp("c", in: interner) == nil)
        #expect(Self.lookUp(String(repeating: "a", count: 41), in: interner) == nil)
        #expect(interner.takeStrings() == values)
        #expect(interner.count == 0)
    }

    @Test func manyValuesSurviveEveryGrowthOfTheTable() {
        let interner = ByteInterner()
        let values = (0..<70_000).map { "H\(String($0 * 7_919 % 1_000_003))" }
        for (index, value) in values.enumerated() { #expect(Self.intern(value, in: interner) == UInt32(index)) }
        var wrong = 0
        for (index, value) in values.enumerated() where Self.lookUp(value, in: interner) != UInt32(index) { wrong += 1 }
        #expect(wrong == 0)
        #expect((0..<1_000).allSatisfy { Self.lookUp("X\($0)", in: interner) == nil })
    }

    @Test func mergingGivesEachValueOfTheOtherItsCodeHere() {
        let first = ByteInterner(), second = ByteInterner()
        for value in ["新华乡", "西岔镇", "张坪村"] { _ = Self.intern(value, in: first) }
        for value in ["张坪村", "黄坝村", "新华乡", "城关镇"] { _ = Self.intern(value, in: second) }
        let (remap, added) = first.codes(of: second)
        #expect(remap == [2, 3, 0, 4])
        #expect(added == [1, 3])
        #expect(first.takeStrings(then: (second, added)) == ["新华乡", "西岔镇", "张坪村", "黄坝村", "城关镇"])
        #expect(first.count == 0 && second.count == 0)
    }

    /// Text of several MiB, whose storage is given back a MiB at a time as the strings are
    /// made: every value still comes out whole, those of the second interner too.
    @Test func longTextComesOutWholeWhileItsMemoryIsGivenBack() {
        let first = ByteInterner(), second = ByteInterner()
        let value = { (i: Int) in String(repeating: "文本\(i)-", count: 60) }
        let firstValues = (0..<4_000).map(value), secondValues = (2_000..<6_000).map(value)
        for text in firstValues { _ = Self.intern(text, in: first) }
        for text in secondValues { _ = Self.intern(text, in: second) }
        let (remap, added) = first.codes(of: second)
        #expect(remap == (2_000..<6_000).map(UInt32.init))
        #expect(first.takeStrings(then: (second, added)) == (0..<6_000).map(value))
    }
}
