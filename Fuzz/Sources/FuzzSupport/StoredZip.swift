/// A zip archive of stored (uncompressed) entries, built in memory: the fuzzer's bytes go
/// straight into a workbook part, so its mutations reach the XML reader, not the inflater.
public enum StoredZip {
    /// The archive holding `entries` (name, bytes) in order.
    public static func archive(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        for (name, bytes) in entries {
            let offset = output.count
            let crc = crc32(bytes)
            let nameBytes = Array(name.utf8)
            func header(_ signature: UInt32, central isCentral: Bool) -> [UInt8] {
                var h = le32(signature)
                if isCentral { h += le16(20) }          // version made by
                h += le16(20) + le16(0) + le16(0)       // version needed, flags, method: stored
                h += le16(0) + le16(0x21)               // time, date
                h += le32(crc) + le32(UInt32(bytes.count)) + le32(UInt32(bytes.count))
                h += le16(UInt16(nameBytes.count)) + le16(0)
                if isCentral { h += le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset)) }
                return h + nameBytes
            }
            output += header(0x0403_4B50, central: false) + bytes
            central += header(0x0201_4B50, central: true)
        }
        let centralOffset = output.count
        output += central
        output += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        output += le32(UInt32(central.count)) + le32(UInt32(centralOffset)) + le16(0)
        return output
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    private static let table: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }

    /// The CRC-32 of zip (IEEE 802.3).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}
