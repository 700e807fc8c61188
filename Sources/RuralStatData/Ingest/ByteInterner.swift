#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Dictionary encoding of byte strings: gives each distinct value a code, in order of first
/// appearance, without making a `String` per cell.
///
/// Values live back to back in one byte array; an open-addressing table (linear probing, load
/// at most one half) maps a value's FNV-1a hash to its code.
///
/// - Complexity: ``find(_:hash:)`` and ``insert(_:hash:)`` take O(length) expected time.
final class ByteInterner {
    private var storage: [UInt8] = []
    private var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    private var slots = [UInt32](repeating: .max, count: 64)

    /// The number of distinct values.
    var count: Int { hashes.count }

    /// The 64-bit FNV-1a hash of `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The code of `bytes`, or `nil` when the value has not been inserted.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = slots[slot]
            if code == .max { return nil }
            if hashes[Int(code)] == hash, equals(Int(code), bytes) { return code }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a value that ``find(_:hash:)`` did not find and returns its new code.
    func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32 {
        let code = UInt32(hashes.count)
        storage.append(contentsOf: bytes)
        offsets.append(storage.count)
        hashes.append(hash)
        if hashes.count * 2 > slots.count {
            slots = [UInt32](repeating: .max, count: slots.count * 2)
            for existing in 0..<hashes.count { place(UInt32(existing)) }
        } else {
            place(code)
        }
        return code
    }

    /// The value of `code` as a string.
    func string(_ code: UInt32) -> String {
        storage.withUnsafeBufferPointer { String(decoding: $0[offsets[Int(code)]..<offsets[Int(code) + 1]], as: UTF8.self) }
    }

    /// Adds the values of `other` that are new here; returns, for each code of `other`, its
    /// code here.
    func merge(_ other: ByteInterner) -> [UInt32] {
        other.storage.withUnsafeBufferPointer { all in
            (0..<other.count).map { code in
                let bytes = UnsafeBufferPointer(rebasing: all[other.offsets[code]..<other.offsets[code + 1]])
                let hash = other.hashes[code]
                return find(bytes, hash: hash) ?? insert(bytes, hash: hash)
            }
        }
    }

    /// The values as strings, in code order; invalid UTF-8 is replaced by U+FFFD.
    func strings() -> [String] {
        storage.withUnsafeBufferPointer { all in
            (0..<count).map { String(decoding: all[offsets[$0]..<offsets[$0 + 1]], as: UTF8.self) }
        }
    }

    private func place(_ code: UInt32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[Int(code)]) & mask
        while slots[slot] != .max { slot = (slot + 1) & mask }
        slots[slot] = code
    }

    private func equals(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[code]
        guard offsets[code + 1] - start == bytes.count else { return false }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        return storage.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, bytes.count) == 0 }
    }
}
