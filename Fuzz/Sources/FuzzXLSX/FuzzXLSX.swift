import FuzzSupport
import RuralStatData

/// The input as the first worksheet of a workbook (with shared strings and a date style),
/// read as a sheet and as a households file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let workbook = StoredZip.archive([
        ("xl/workbook.xml", Array(#"<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)),
        ("xl/_rels/workbook.xml.rels", Array(#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8)),
        ("xl/sharedStrings.xml", Array("<sst><si><t>household_id</t></si><si><r><t>H</t></r><r><t>1</t></r></si><si><t>year</t></si></sst>".utf8)),
        ("xl/styles.xml", Array(#"<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#.utf8)),
        ("xl/worksheets/sheet1.xml", Array(UnsafeBufferPointer(start: data, count: size))),
    ])
    let path = FuzzFile.write(workbook, name: "input.xlsx")
    _ = try? XLSXSheet(contentsOf: path)
    for policy in ReadOptions.ErrorPolicy.allCases {
        _ = try? HouseholdFile.read(path: path, options: ReadOptions(onError: policy))
    }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver on ``fuzzXLSX(_:_:)``.
@_cdecl("FuzzXLSX_main")
public func fuzzXLSXMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzXLSX)
}
