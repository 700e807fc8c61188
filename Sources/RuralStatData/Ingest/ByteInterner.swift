/// Dictionary encoding of byte strings: gives each distinct value a code, in order of first
/// appearance, without making a `String` per cell.
///
/// Values live back to back in one byte buffer; an open-addressing table (linear probing, load
/// at most one half) maps a value's hash (``hash(_:)``) to its code. A slot of a table of 2^b
/// slots holds, in 32 bits, the code plus one in the low b bits (0 is a free slot) and the top
/// 32 − b bits of the hash above them: a look-up in a table too large for the cache reads one
/// slot and the value's bytes only when those bits agree. The tables are ``ScalarBuffer``s,
/// so a look-up costs no reference counting.
///
/// Up to 2 GiB of distinct text per column (offsets are 32-bit).
///
/// - Complexity: ``find(_:hash:)`` and ``insert(_:hash:)`` take O(length) expected time.
final class ByteInterner {
    private let storage = ScalarBuffer<UInt8>()
    private let offsets = ScalarBuffer<Int32>()
    /// Per slot, 0 (free) or a hash tag above a code plus one (see ``ByteInterner``).
    private let slots = ScalarBuffer<UInt32>()
    /// log2 of the number of slots: the bits of a slot that hold the code.
    private var slotBits = 0
    private var lastFound: UInt32 = 0

    init() {
        offsets.append(0)
        resize(slots: 64)
    }

    /// The number of distinct values.
    var count: Int { offsets.count - 1 }

    /// A 64-bit hash of `bytes`, read eight bytes at a time.
    ///
    /// Values of up to 16 bytes (ids, and place names of up to five Chinese characters) take
    /// two loads that may overlap and one folded multiplication; longer values fold in eight
    /// bytes per step. The hash only places values in the table, so it need not be any
    /// standard one, but it must not change between the two readers of one file.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return 0x9E37_79B9_7F4A_7C15 }
        let raw = UnsafeRawPointer(base)
        var state = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while count - offset > 16 {
            state = fold(state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self), 0xA076_1D64_78BD_642F)
            offset += 8
        }
        let (first, last) = edges(raw + offset, count - offset)
        return fold(first ^ 0xE703_7ED1_A0B4_28DB ^ state, last ^ 0x8EBC_6AF0_9C88_C6E3)
    }

    /// The first and the last eight bytes of the `count` (1...16) bytes at `raw`, overlapping
    /// when fewer than 16; shorter values are read in four-byte or single-byte loads. Together
    /// the two cover every byte.
    @inline(__always)
    private static func edges(_ raw: UnsafeRawPointer, _ count: Int) -> (UInt64, UInt64) {
        if count >= 8 {
            return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        }
        if count >= 4 {
            return (UInt64(raw.loadUnaligned(as: UInt32.self)),
                    UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
        }
        let bytes = raw.assumingMemoryBound(to: UInt8.self)
        return (UInt64(bytes[0]) << 16 | UInt64(bytes[count / 2]) << 8 | UInt64(bytes[count - 1]), 0)
    }

    /// The two halves of the 128-bit product of `a` and `b`, xored: a cheap, thorough mix.
    @inline(__always)
    private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
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
        let mask = slots.count - 1, bits = UInt32(slotBits)
        let tag = tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let code = (entry & UInt32(mask)) &- 1
            if entry >> bits == tag, Self.equal(value(Int(code)), bytes) { return code }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a value that ``find(_:hash:)`` did not find and returns its new code.
    func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32 {
        let code = UInt32(count)
        lastFound = code
        storage.append(contentsOf: bytes)
        offsets.append(Int32(storage.count))
        if count * 2 > slots.count {
            resize(slots: slots.count * 2)
        } else {
            place(code, hash: hash)
        }
        return code
    }

    /// The value of `code` as a string.
    func string(_ code: UInt32) -> String {
        String(decoding: value(Int(code)), as: UTF8.self)
    }

    /// The codes here of the values of `other`, for joining the text of a file read in two
    /// parts: a value found here keeps its code, the others (`added`, as codes of `other`, in
    /// their order there) are numbered after this interner's values. They are not copied:
    /// ``takeStrings(then:)`` reads them from `other`.
    func codes(of other: ByteInterner) -> (remap: [UInt32], added: [UInt32]) {
        var added: [UInt32] = []
        let remap = (0..<other.count).map { code in
            let bytes = other.value(code)
            if let found = find(bytes, hash: Self.hash(bytes)) { return found }
            added.append(UInt32(code))
            return UInt32(count + added.count - 1)
        }
        return (remap, added)
    }

    /// The values as strings, in code order (invalid UTF-8 replaced by U+FFFD), followed by
    /// the values `added` of `other` (``codes(of:)``); both interners are released.
    ///
    /// The bytes are given back to the system as they are turned into strings, so the text is
    /// held about once, not twice (a file of 1 KB text cells: peak 2.33 → 1.42 times the file).
    func takeStrings(then other: (interner: ByteInterner, added: [UInt32])? = nil) -> [String] {
        var strings: [String] = []
        strings.reserveCapacity(count + (other?.added.count ?? 0))
        appendStrings(of: 0..<count, to: &strings)
        release()
        if let (interner, added) = other {
            interner.appendStrings(of: added.lazy.map(Int.init), to: &strings)
            interner.release()
        }
        return strings
    }

    /// Appends the values of `codes` (ascending) to `strings`, giving back the storage before
    /// each value every MiB.
    private func appendStrings(of codes: some Sequence<Int>, to strings: inout [String]) {
        var givenBack = 0
        for code in codes {
            strings.append(String(decoding: value(code), as: UTF8.self))
            let end = Int(offsets[code + 1])
            if end - givenBack >= 1 << 20 {
                storage.discard(before: end)
                givenBack = end
            }
        }
    }

    /// Whether `a` and `b` hold the same bytes; up to 16 bytes are compared in two loads each,
    /// without a call.
    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = a.count
        guard count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress, count > 0 else { return true }
        guard count <= 16 else { return SystemCalls.bytesEqual(left, right, count: count) }
        // The edges of up to 16 bytes cover every byte.
        return edges(UnsafeRawPointer(left), count) == edges(UnsafeRawPointer(right), count)
    }

    /// Forgets every value and gives the memory back.
    func release() {
        storage.release()
        offsets.release()
        slots.release()
        offsets.append(0)
        resize(slots: 64)
    }

    /// The bytes of `code`, valid until the next insertion.
    @inline(__always)
    private func value(_ code: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Int(offsets[code])
        return UnsafeBufferPointer(start: storage.base + start, count: Int(offsets[code + 1]) - start)
    }

    /// The top 32 − ``slotBits`` bits of `hash` (the low bits choose the slot).
    @inline(__always)
    private func tag(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> UInt64(32 + slotBits))
    }

    /// Makes the table `count` slots (a power of two) and places every value again.
    private func resize(slots count: Int) {
        slots.removeAll()
        slots.reserve(count)
        for _ in 0..<count { slots.append(0) }
        slotBits = count.trailingZeroBitCount
        for code in 0..<self.count { place(UInt32(code), hash: Self.hash(value(code))) }
    }

    /// Puts `code`, whose value has hash `hash`, in the first free slot from the hash's.
    private func place(_ code: UInt32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = tag(hash) << UInt32(slotBits) | (code + 1)
    }
}
