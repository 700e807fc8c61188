import FuzzSupport
import RuralStatData

/// The input as a households file and as a workers file, in UTF-8, GB18030 and detected,
/// under both error policies: the reader must answer with a panel or an InputError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzFile.write(UnsafeBufferPointer(start: data, count: size), name: "input.csv")
    for encoding in [nil, TextEncoding.utf8, .gb18030] {
        for policy in ReadOptions.ErrorPolicy.allCases {
            let options = ReadOptions(encoding: encoding, onError: policy)
            if let (_, report) = try? HouseholdFile.read(path: path, options: options) {
                precondition(report.rows == report.accepted + report.rejected.count)
                _ = report.rejectsCSV()
            }
            _ = try? WorkerFile.read(path: path, options: options)
        }
    }
    // The typed reader behind `regress`: the file's own columns, once as numbers, once as text.
    if let header = try? TableFile.header(path: path, encoding: nil) {
        let names = Set(header.filter { !$0.isEmpty }).sorted()
        for type in [ColumnSpec.ValueType.number(minimum: nil, minimumExclusive: false, maximum: nil), .text(nonEmpty: false)] {
            _ = try? TableFile.read(path: path, schema: names.map { ColumnSpec($0, aliases: [], type, required: false) })
        }
    }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver on ``fuzzCSV(_:_:)``.
@_cdecl("FuzzCSV_main")
public func fuzzCSVMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzCSV)
}
