/// A growable array of scalars for filling columns and field bounds in a hot loop.
///
/// `Array.append` checks that its storage is uniquely referenced on every call; this class
/// owns its memory outright, so an append is a bounds check and a store. ``finish()`` hands
/// the values over as an `Array`. It grows by half its size, not double, to keep large
/// columns from overshooting.
final class ScalarBuffer<Element: BitwiseCopyable> {
    private var storage: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// Makes room for at least `capacity` values in all.
    func reserve(_ capacity: Int) {
        guard capacity > self.capacity else { return }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        grown.update(from: storage, count: count)
        storage.deallocate()
        storage = grown
        self.capacity = capacity
    }

    @inline(__always)
    func append(_ value: Element) {
        if count == capacity { reserve(capacity + max(capacity / 2, 16)) }
        storage[count] = value
        count += 1
    }

    /// The value at `index`.
    @inline(__always)
    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// Forgets the values, keeping the memory.
    @inline(__always)
    func removeAll() { count = 0 }

    /// Keeps the first `count` values.
    @inline(__always)
    func truncate(to count: Int) { self.count = min(self.count, count) }

    /// The values, valid until the next append.
    var values: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: storage, count: count) }

    /// The values as an array, followed by those of `next` changed by `transform`; both
    /// buffers are empty afterwards.
    func finish(then next: ScalarBuffer<Element>? = nil, transform: ((Element) -> Element)? = nil) -> [Element] {
        let nextCount = next?.count ?? 0
        let values = [Element](unsafeUninitializedCapacity: count + nextCount) { buffer, initialized in
            buffer.baseAddress!.update(from: storage, count: count)
            if let next {
                if let transform {
                    for index in 0..<nextCount { buffer[count + index] = transform(next.storage[index]) }
                } else {
                    (buffer.baseAddress! + count).update(from: next.storage, count: nextCount)
                }
            }
            initialized = count + nextCount
        }
        release()
        next?.release()
        return values
    }

    /// Empties the buffer and gives its memory back.
    func release() {
        storage.deallocate()
        capacity = 16
        storage = .allocate(capacity: capacity)
        count = 0
    }
}
