/// A buffer's base address handed to the threads of one parallel loop, each of which reads
/// it or writes elements no other thread touches (the caller keeps the buffer alive).
struct Shared<Pointer>: @unchecked Sendable {
    /// The first element.
    let base: Pointer

    init(_ buffer: UnsafeBufferPointer<Double>) where Pointer == UnsafePointer<Double> { base = buffer.baseAddress! }

    init(_ buffer: UnsafeMutableBufferPointer<Double>) where Pointer == UnsafeMutablePointer<Double> {
        base = buffer.baseAddress!
    }
}
