import RuralStatText

/// A growable array of scalars for filling columns and field bounds in a hot loop.
///
/// `Array.append` checks that its storage is uniquely referenced on every call; this class
/// owns its memory outright, so an append is a bounds check and a store. ``finish()`` hands
/// the values over as an `Array`. It grows by half its size, not double, to keep large
/// columns from overshooting.
///
/// Storage of a MiB or more is mapped from the system directly (`mmap`) and unmapped when
/// released, so it leaves the process at once. Through `malloc` it might not: glibc raises
/// its own mapping threshold to the size of each mapped block freed, after which blocks of
/// up to that size come from the heap, whose free space is not given back while anything
/// above it lives. Reading a large file measured 5 MB less peak memory this way.
final class ScalarBuffer<Element: BitwiseCopyable> {
    private var storage: UnsafeMutablePointer<Element>
    private(set) var count = 0
    /// The number of values there is memory for.
    private(set) var capacity: Int
    /// Whether the values are kept. A buffer that does not keep them never grows: when full it
    /// starts again from its first slot, so it holds only the latest values (a column that is
    /// checked but not stored), and filling it costs no more than filling one that does.
    private let keepsValues: Bool

    init(capacity: Int = 1024, keepsValues: Bool = true) {
        self.capacity = max(capacity, 16)
        self.keepsValues = keepsValues
        storage = Self.allocate(self.capacity)
    }

    deinit { Self.deallocate(storage, capacity) }

    /// Storage sizes, in bytes, from which the system's pages are mapped directly.
    private static var mappedFrom: Int { 1 << 20 }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Element> {
        let bytes = capacity * MemoryLayout<Element>.stride
        guard bytes >= mappedFrom else { return .allocate(capacity: capacity) }
        return mapPages(bytes).bindMemory(to: Element.self, capacity: capacity)
    }

    /// The size of a huge page on x86-64 and arm64 Linux.
    private static var hugePage: Int { 2 << 20 }

    /// `bytes` of fresh pages from the system. A mapping of a huge page (2 MiB) or more
    /// starts on a huge-page boundary and is offered to Linux for huge pages
    /// (``adviseHugePages(_:)``): filling a large column then faults once per 2 MiB, not once
    /// per 4 KiB (reading the 1M-row benchmark file: 61k minor faults before, 46k after).
    private static func mapPages(_ bytes: Int) -> UnsafeMutableRawPointer {
        let huge = hugePage
        let slack = bytes >= huge ? huge : 0
        let mapped: UnsafeMutableRawPointer
        do { mapped = try SystemCalls.mapMemory(bytes + slack) } catch {
            fatalError("ScalarBuffer: cannot map \(bytes) bytes of memory: \(error.message.en)")
        }
        guard slack > 0 else { return mapped }
        // Keep the huge-page-aligned `bytes` of the mapping and give back the rest on each side.
        let address = Int(bitPattern: mapped)
        let aligned = (address + huge - 1) & ~(huge - 1)
        let page = SystemCalls.pageSize
        let end = (aligned + bytes + page - 1) & ~(page - 1)
        if aligned > address { SystemCalls.unmapMemory(mapped, aligned - address) }
        if address + bytes + slack > end {
            SystemCalls.unmapMemory(UnsafeMutableRawPointer(bitPattern: end)!, address + bytes + slack - end)
        }
        let pages = UnsafeMutableRawPointer(bitPattern: aligned)!
        adviseHugePages(UnsafeMutableRawBufferPointer(start: pages, count: bytes))
        return pages
    }

    private static func deallocate(_ storage: UnsafeMutablePointer<Element>, _ capacity: Int) {
        let bytes = capacity * MemoryLayout<Element>.stride
        if bytes >= mappedFrom {
            SystemCalls.unmapMemory(storage, bytes)
        } else {
            storage.deallocate()
        }
    }

    /// Makes room for `capacity` values, keeping the first `count` of those written through
    /// ``base`` (which become the values).
    func grow(to capacity: Int, keeping count: Int) {
        self.count = count
        reserve(capacity)
    }

    /// Makes room for at least `capacity` values in all.
    func reserve(_ capacity: Int) {
        guard capacity > self.capacity else { return }
        let grown = Self.allocate(capacity)
        grown.update(from: storage, count: count)
        Self.deallocate(storage, self.capacity)
        storage = grown
        self.capacity = capacity
    }

    @inline(__always)
    func append(_ value: Element) {
        if count == capacity { makeRoom() }
        storage[count] = value
        count += 1
    }

    /// Grows the storage by half; a buffer that does not keep its values forgets them instead.
    private func makeRoom() {
        if keepsValues { reserve(capacity + max(capacity / 2, 16)) } else { count = 0 }
    }

    /// Appends `values` in one copy.
    func append(contentsOf values: UnsafeBufferPointer<Element>) {
        guard let source = values.baseAddress else { return }
        if count + values.count > capacity { reserve(max(count + values.count, capacity + capacity / 2)) }
        (storage + count).update(from: source, count: values.count)
        count += values.count
    }

    /// The value at `index`.
    @inline(__always)
    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// Gives back to the system the memory of the values before `index` that the values from
    /// `index` on do not share a page with, when the storage is mapped (a MiB or more): for a
    /// reader that is done with them and will only ``release()`` the buffer. Those values are
    /// zero afterwards.
    func discard(before index: Int) {
        guard capacity * MemoryLayout<Element>.stride >= Self.mappedFrom else { return }
        let page = SystemCalls.pageSize
        let bytes = index * MemoryLayout<Element>.stride / page * page
        if bytes > 0 { SystemCalls.discardPages(UnsafeMutableRawPointer(storage), bytes) }
    }

    /// Drops the first `count` values, moving the rest to the front.
    func removeFirst(_ count: Int) {
        precondition(count <= self.count, "ScalarBuffer: removing more than there is")
        SystemCalls.moveBytes(storage, from: storage + count, count: (self.count - count) * MemoryLayout<Element>.stride)
        self.count -= count
    }

    /// Forgets the values, keeping the memory.
    @inline(__always)
    func removeAll() { count = 0 }

    /// Keeps the first `count` values.
    @inline(__always)
    func truncate(to count: Int) { self.count = min(self.count, count) }

    /// The memory of the values, for loops that fill it themselves up to ``capacity``;
    /// valid until the next growth.
    var base: UnsafeMutablePointer<Element> { storage }

    /// The values, valid until the next append.
    var values: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: storage, count: count) }

    /// The values as an array, followed by those of `next`; both buffers are empty afterwards.
    ///
    /// Each buffer is released as soon as it is copied, so the array and the buffers together
    /// never hold more than one and a half times the values.
    func finish(then next: ScalarBuffer<Element>? = nil) -> [Element] {
        let count = count, nextCount = next?.count ?? 0
        let values = [Element](unsafeUninitializedCapacity: count + nextCount) { buffer, initialized in
            Self.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            buffer.baseAddress!.update(from: storage, count: count)
            release()
            if let next { (buffer.baseAddress! + count).update(from: next.storage, count: nextCount) }
            next?.release()
            initialized = count + nextCount
        }
        return values
    }

    /// Asks Linux to back the whole 2 MiB pages inside `memory` with huge pages: a column of
    /// 8 MB then takes a handful of page faults instead of two thousand. Memory outside whole
    /// huge pages, and other systems, are left as they are.
    private static func adviseHugePages(_ memory: UnsafeMutableRawBufferPointer) {
        let huge = hugePage
        guard let base = memory.baseAddress, memory.count >= huge else { return }
        let first = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
        let last = (Int(bitPattern: base) + memory.count) & ~(huge - 1)
        guard last > first, let start = UnsafeMutableRawPointer(bitPattern: first) else { return }
        SystemCalls.adviseHugePages(start, last - first)
    }

    /// Empties the buffer and gives its memory back.
    func release() {
        Self.deallocate(storage, capacity)
        capacity = 16
        storage = Self.allocate(capacity)
        count = 0
    }
}
