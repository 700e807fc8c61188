#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Dictionary encoding of byte strings: gives each distinct value a code, in order of first
/// appearance, without making a `String` per cell.
///
/// Values live back to back in one byte buffer; an open-addressing table (linear probing, load
/// at most one half) maps a value's FNV-1a hash to its code. The tables are ``ScalarBuffer``s,
/// so a look-up costs no reference counting.
///
/// Up to 2 GiB of distinct text per column (offsets are 32-bit).
///
/// - Complexity: ``find(_:hash:)`` and ``insert(_:hash:)`` take O(length) expected time.
final class ByteInterner {
    private let storage = ScalarBuffer<UInt8>()
    private let offsets = ScalarBuffer<Int32>()
    /// The low 32 bits of each value's hash: enough to place it and to tell most values apart.
    private let hashes = ScalarBuffer<UInt32>()
    private let slots = ScalarBuffer<UInt32>()
    private var lastFound: UInt32 = 0

    init() {
        offsets.append(0)
        resize(slots: 64)
    }

    /// The number of distinct values.
    var count: Int { hashes.count }

    /// The 64-bit FNV-1a hash of `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The code of `bytes`, trying first the code found last and the one after it.
    ///
    /// Panels list each household's years together, or the households in the same order year
    /// after year; either way a household's code is usually the last one or the next, and
    /// checking those two (whose bytes are near each other in memory) saves hashing and a
    /// probe of a table too large for the cache.
    ///
    /// - Returns: the code, or `nil` with the hash to give ``insert(_:hash:)``.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (code: UInt32?, hash: UInt64) {
        if Int(lastFound) < count, Self.equal(value(Int(lastFound)), bytes) { return (lastFound, 0) }
        let next = lastFound &+ 1
        if Int(next) < count, Self.equal(value(Int(next)), bytes) {
            lastFound = next
            return (next, 0)
        }
        let hash = Self.hash(bytes)
        let code = find(bytes, hash: hash)
        if let code { lastFound = code }
        return (code, hash)
    }

    /// The code of `bytes` with hash `hash`, or `nil` when the value has not been inserted.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = slots[slot]
            if code == .max { return nil }
            if hashes[Int(code)] == UInt32(truncatingIfNeeded: hash), Self.equal(value(Int(code)), bytes) { return code }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a value that ``find(_:hash:)`` did not find and returns its new code.
    func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32 {
        let code = UInt32(hashes.count)
        lastFound = code
        storage.append(contentsOf: bytes)
        offsets.append(Int32(storage.count))
        hashes.append(UInt32(truncatingIfNeeded: hash))
        if hashes.count * 2 > slots.count {
            resize(slots: slots.count * 2)
        } else {
            place(code)
        }
        return code
    }

    /// The value of `code` as a string.
    func string(_ code: UInt32) -> String {
        String(decoding: value(Int(code)), as: UTF8.self)
    }

    /// Adds the values of `other` that are new here; returns, for each code of `other`, its
    /// code here.
    func merge(_ other: ByteInterner) -> [UInt32] {
        (0..<other.count).map { code in
            let bytes = other.value(code)
            let hash = Self.hash(bytes)
            return find(bytes, hash: hash) ?? insert(bytes, hash: hash)
        }
    }

    /// The values as strings, in code order; invalid UTF-8 is replaced by U+FFFD.
    func strings() -> [String] {
        (0..<count).map { String(decoding: value($0), as: UTF8.self) }
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return true }
        return memcmp(left, right, a.count) == 0
    }

    /// Forgets every value and gives the memory back.
    func release() {
        storage.release()
        offsets.release()
        hashes.release()
        slots.release()
        offsets.append(0)
        resize(slots: 64)
    }

    /// The bytes of `code`, valid until the next insertion.
    private func value(_ code: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: storage.values[Int(offsets[code])..<Int(offsets[code + 1])])
    }

    private func resize(slots count: Int) {
        slots.removeAll()
        slots.reserve(count)
        for _ in 0..<count { slots.append(.max) }
        for code in 0..<hashes.count { place(UInt32(code)) }
    }

    private func place(_ code: UInt32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[Int(code)]) & mask
        while slots[slot] != .max { slot = (slot + 1) & mask }
        slots[slot] = code
    }
}
