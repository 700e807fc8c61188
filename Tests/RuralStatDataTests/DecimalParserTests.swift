import Foundation
import RuralStatCore
import RuralStatData
import Testing
import RuralStatTestSupport

@Suite struct DecimalParserTests {
    static func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalParser.double($0) }
    }

    static func integer(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalParser.integer($0) }
    }

    @Test(arguments: [
        ("0", 0.0), ("-0", -0.0), ("12345", 12345), ("32850.97", 32850.97), ("-2000.5", -2000.5),
        (".5", 0.5), ("5.", 5), ("+7", 7), ("1e3", 1000), ("2.5E-3", 0.0025), ("0.1", 0.1),
        // Beyond the fast path: 17+ significant digits, big exponents; strtod's answers.
        ("9007199254740993", 9007199254740992), ("1e23", 1e23), ("123456789012345678901234", 1.2345678901234568e23),
        ("2.2250738585072014e-308", 2.2250738585072014e-308), ("0.30000000000000004", 0.30000000000000004),
    ])
    func parsesLikeStrtod(text: String, expected: Double) {
        let value = Self.parse(text)
        #expect(value == expected)
        #expect(value?.sign == expected.sign)
    }

    /// 20,000 random decimals of the kinds found in income files, each compared bit for bit
    /// with the C library's strtod (an implementation outside this code).
    @Test func agreesWithStrtodOnRandomDecimals() {
        var generator = TestRandom(seed: 20_261_201)
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...19, using: &generator)
            var text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            let point = Int.random(in: 0...digits, using: &generator)
            if point < digits { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            if Bool.random(using: &generator) { text = "-" + text }
            if Int.random(in: 0..<4, using: &generator) == 0 { text += "e\(Int.random(in: -30...30, using: &generator))" }
            let expected = strtod(text, nil)
            #expect(Self.parse(text)?.bitPattern == expected.bitPattern, "\(text)")
        }
    }

    @Test(arguments: ["", "-", ".", "1e", "1.2.3", "12a", "1,00", " 1", "inf", "nan", "0x1A", "--1", "e5"])
    func rejectsWhatIsNotADecimal(text: String) {
        #expect(Self.parse(text) == nil)
    }

    @Test func readsWholeNumbers() {
        #expect(Self.integer("2021") == 2021)
        #expect(Self.integer("-3") == -3)
        #expect(Self.integer("3.0") == nil)
        #expect(Self.integer("") == nil)
        #expect(Self.integer("1234567890123456789") == nil)  // 19 digits: more than the 18 accepted
    }
}
