import RuralStatReport
import Testing

@Suite struct JSONValueTests {
    @Test func compactKeepsKeyOrderAndEscapes() {
        let value = JSONValue.object([
            ("z", .integer(1)), ("a", .array([.bool(true), .null, .number(0.1), .number(6900)])),
            ("s", .string("乡\"镇\"\n\u{1}")), ("nan", .number(.nan)),
        ])
        #expect(value.serialized() == #"{"z":1,"a":[true,null,0.1,6900],"s":"乡\"镇\"\n\u0001","nan":null}"#)
    }

    @Test func numbersRoundTripInFull() {
        // 1/3 and 2^60 must read back to the same Double.
        let third = 1.0 / 3.0
        #expect(JSONValue.number(third).serialized() == "0.3333333333333333")
        #expect(Double(JSONValue.number(1e300).serialized()) == 1e300)
        #expect(JSONValue.number(-1.5e-7).serialized() == "-1.5e-07")
    }

    @Test func prettyPrinting() {
        let value = JSONValue.object([("a", .array([.integer(1)])), ("b", .object([]))])
        #expect(value.serialized(indent: 2) == "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}")
    }
}
