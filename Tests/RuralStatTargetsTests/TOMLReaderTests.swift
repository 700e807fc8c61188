import Foundation
@testable import RuralStatTargets
import RuralStatText
import Testing

/// The project's TOML reader against Python's `tomllib` (the standard library's TOML 1.0
/// reader) on the same documents: both accept or both refuse each one, and accepted ones
/// give the same values. Python 3.11 or later must be on PATH: without it the test fails.
@Suite struct TOMLReaderTests {
    static let valid: [String] = [
        "",
        "# only a comment\n",
        "a = 1\nb = -0\nc = +17\nd = 1_000\ne = 0xDEAD_beef\nf = 0o755\ng = 0b1101\nh = 9223372036854775807\ni = -9223372036854775808\n",
        "a = 1.5\nb = -0.0\nc = 5e+22\nd = 1e06\ne = -2E-2\nf = 6.626e-34\ng = 224_617.445_991\nh = inf\ni = -inf\nj = +inf\nk = 3.0e0\n",
        "a = true\nb = false\n",
        "a = \"tab\\there \\\"q\\\" \\\\ \\u00e9 \\U0001F600 \\b\\f\\r\\n\"\n",
        "a = 'C:\\Users\\nodejs\\templates'\nb = '<\\i\\c*\\s*>'\n",
        "a = \"\"\"\nRoses are red\n  Violets are blue\"\"\"\n",
        "a = \"\"\"\nThe quick brown \\\n\n\n  fox jumps \\\n    over.\"\"\"\n",
        "a = \"\"\"Here are two quotation marks: \"\". Simple enough.\"\"\"\nb = \"\"\"Here are three: \"\"\\\".\"\"\"\nc = \"\"\"\"This,\" she said, \"is just a pointless statement.\"\"\"\"\n",
        "a = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\nb = ''''That,' she said, 'is still pointless.''''\n",
        "\"quoted key\" = 1\n'literal key' = 2\n\"\" = 3\nbare-key_1 = 4\n1234 = 5\n",
        "name = \"Orange\"\nphysical.color = \"orange\"\nphysical.shape = \"round\"\nsite.\"google.com\" = true\n",
        "fruit . flavor = \"banana\"\n",
        "a = [1, 2, 3]\nb = [\"x\", 'y', \"\"\"z\"\"\"]\nc = [[1, 2], [\"a\", 'b'], []]\nd = [0.1, 1, \"mixed\", { x = 1 }]\ne = [\n  1,\n  2, # comment\n]\n",
        "a = { x = 1, y.z = \"two\" }\nb = {}\nc = { nested = { deep = [1, { k = true }] } }\n",
        "[table]\nkey = 1\n[table.sub]\nkey = 2\n[other]\n",
        "[ j . \"ʞ\" . 'l' ]\nk = 1\n",
        "[x.y.z.w]\n[x]\n",
        "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n",
        "[[products]]\nname = \"Hammer\"\n[[products]]\n[[products]]\nname = \"Nail\"\ncolor = \"gray\"\n",
        "[[fruits]]\nname = \"apple\"\n[fruits.physical]\ncolor = \"red\"\n[[fruits.varieties]]\nname = \"red delicious\"\n[[fruits]]\nname = \"banana\"\n[[fruits.varieties]]\nname = \"plantain\"\n",
        "odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\nodt3 = 1979-05-27 07:32:00.999999+05:30\nldt = 1979-05-27T07:32:00\nld = 2024-02-29\nlt = 00:32:00.999\n",
        "a = 1\r\nb = \"crlf\"\r\n# comment\r\n",
        "a = 1 # trailing comment\n\t b = 2\t\n",
        "name = \"my-county-2025\"\nline = 7200\n[[target]]\nid = \"growth\"\nkind = \"growth\"\nthreshold = 0.12\nreference_series = { 2022 = 0.1, 2023 = 0.11 }\n",
    ]

    static let invalid: [String] = [
        "a = 1\n[*]\n",
        "x = [}\n",
        "x = [1, 2\n",
        "x = ]\n",
        "x = {\n}\n",
        "x = { a = 1, }\n",
        "x = { a = 1\nb = 2 }\n",
        "a = 1\na = 2\n",
        "[t]\n[t]\n",
        "a.b = 1\n[a]\n",
        "[a]\nb = 1\n[a.b]\n",
        "a = [1]\n[[a]]\n",
        "[a]\n[[a]]\n",
        "a = { b = 1 }\n[a.c]\n",
        "a = { b = 1 }\na.c = 2\n",
        "[a.b.c]\nz = 9\n[a]\nb.c.t = 9\n",
        "a = 01\n", "a = 1__0\n", "a = _1\n", "a = 1_\n", "a = 0x\n", "a = +0x10\n", "a = 1.\n", "a = .1\n",
        "a = 1e\n", "a = nan1\n", "a = infinity\n", "a = TRUE\n",
        "a = \"unterminated\n", "a = 'no\nend'\n", "a = \"\\x41\"\n", "a = \"\\uD800\"\n", "a = \"\\u12\"\n",
        "a = \"\u{01}\"\n", "a = 1 b = 2\n", "= 1\n", "a\n", "a = \n", "[a\n", "[[a]\n", "[]\n", "a.. b = 1\n",
        "a = 1979-13-01\n", "a = 1979-02-30\n", "a = 25:00:00\n", "a = 1979-05-27T07:32\n",
        "a = \"\"\"x\"\"\"\"\"\"\n", "# comment \u{7F}\n", "a = 1\rb = 2\n",
        String(repeating: "[", count: 70) + "\n",
    ]

    /// Valid for Python, refused by the reader's own bounds: integers beyond 64 bits (TOML 1.0:
    /// "values that cannot be represented losslessly" are an error) and nesting past 64.
    static let beyondLimits: [String] = [
        "a = 9223372036854775808\n",
        "a = " + String(repeating: "[", count: 65) + String(repeating: "]", count: 65) + "\n",
    ]

    /// Python's reading of each document: `error`, or a canonical text of its values.
    static func python(_ documents: [String]) throws -> [String] {
        let script = """
            import json, struct, sys, tomllib, datetime
            def canon(v):
                if isinstance(v, bool): return "b" + str(v).lower()
                if isinstance(v, int): return "i" + str(v)
                if isinstance(v, float): return "f" + ("nan" if v != v else struct.pack(">d", v).hex())
                if isinstance(v, str): return "s" + json.dumps(v, ensure_ascii=False)
                if isinstance(v, (datetime.datetime, datetime.date, datetime.time)): return "d"
                if isinstance(v, list): return "[" + ",".join(canon(x) for x in v) + "]"
                return "{" + ",".join(json.dumps(k, ensure_ascii=False) + "=" + canon(v[k]) for k in sorted(v, key=lambda k: k.encode())) + "}"
            out = []
            for doc in json.load(sys.stdin):
                try: out.append(canon(tomllib.loads(doc)))
                except tomllib.TOMLDecodeError: out.append("error")
            json.dump(out, sys.stdout)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(documents))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return try JSONDecoder().decode([String].self, from: data)
    }

    static func canonical(_ value: TOMLValue) -> String {
        switch value {
        case .boolean(let flag): "b\(flag)"
        case .integer(let number): "i\(number)"
        case .float(let number): "f" + (number.isNaN ? "nan" : String(format: "%016llx", number.bitPattern))
        case .string(let text): "s" + String(decoding: try! JSONEncoder().encode(text), as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")
        case .dateTime: "d"
        case .array(let items): "[" + items.map(canonical).joined(separator: ",") + "]"
        case .table(let table): canonical(table)
        }
    }

    static func canonical(_ table: TOMLTable) -> String {
        "{" + table.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { key in
            String(decoding: try! JSONEncoder().encode(key), as: UTF8.self) + "=" + canonical(table[key]!)
        }.joined(separator: ",") + "}"
    }

    static func ours(_ document: String) -> String {
        (try? TOMLReader.read(document)).map(canonical) ?? "error"
    }

    @Test func agreesWithPythonOnValidDocuments() throws {
        let reference = try Self.python(Self.valid)
        #expect(!reference.contains("error"), "the corpus of valid documents must be valid for Python too")
        for (document, expected) in zip(Self.valid, reference) {
            #expect(Self.ours(document) == expected, "\(document.debugDescription)")
        }
    }

    @Test func refusesWhatPythonRefuses() throws {
        let reference = try Self.python(Self.invalid)
        for (document, expected) in zip(Self.invalid, reference) {
            #expect(expected == "error", "Python reads \(document.debugDescription)")
            #expect(Self.ours(document) == "error", "\(document.debugDescription)")
        }
    }

    @Test func refusesPastItsBounds() throws {
        #expect(try Self.python(Self.beyondLimits).allSatisfy { $0 != "error" })
        #expect(Self.beyondLimits.map(Self.ours) == ["error", "error"])
        let nested = "a = " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n"
        #expect(Self.ours(nested) != "error")
    }

    @Test func anErrorNamesLineAndColumn() {
        let error = #expect(throws: TOMLSyntaxError.self) { try TOMLReader.read("a = 1\n[*]\n") }
        #expect(error?.line == 2 && error?.column == 2)
        #expect(error?.message.en == "expected a key (letters, digits, _ or -, or a quoted key), found \"*\"")
        #expect(error?.message.zh == "此处应为键（字母、数字、_ 或 -，或带引号的键），却是“*”")
        let array = #expect(throws: TOMLSyntaxError.self) { try TOMLReader.read("x = [}\n") }
        #expect(array?.line == 1 && array?.column == 6)
    }
}
