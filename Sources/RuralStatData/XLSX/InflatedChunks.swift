import Foundation

/// The chunks of one workbook part on their way from the thread that inflates them to the
/// one that tokenizes them (``XLSXArchive/read(_:into:maximumBytes:)``), at most
/// ``capacity`` waiting: inflating (a third of the time of reading a sheet) runs beside the
/// tokenizer instead of before it, and memory stays bounded whatever the part's size.
///
/// Chunks come out in the order they went in. The inflater ends with ``finish(failure:)``;
/// the reader, done or failed, calls ``stop()``, which makes the inflater's next ``put(_:)``
/// refuse and waits until it has finished, so that the archive is never read by both at once.
final class InflatedChunks: @unchecked Sendable {
    /// Chunks waiting at most (of 64 KiB each).
    static let capacity = 4

    private let condition = NSCondition()
    private var waiting: [Data] = []
    private var isFinished = false
    private var isStopped = false
    private var inflateFailure: XMLPartError?

    /// Hands over a chunk, waiting while ``capacity`` chunks wait; `false` once the reader
    /// has stopped (the inflater should stop too).
    func put(_ chunk: Data) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= Self.capacity, !isStopped { condition.wait() }
        guard !isStopped else { return false }
        waiting.append(chunk)
        condition.broadcast()
        return true
    }

    /// Ends the part: every chunk was put, or inflating failed with `failure`.
    func finish(failure: XMLPartError?) {
        condition.lock()
        inflateFailure = failure
        isFinished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, waiting for it; `nil` once the inflater has finished and every chunk
    /// was taken.
    func next() -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, !isFinished { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }

    /// Stops the inflater and waits until it has finished; returns why inflating failed, if
    /// it did before it was stopped.
    func stop() -> XMLPartError? {
        condition.lock()
        defer { condition.unlock() }
        isStopped = true
        waiting.removeAll()
        condition.broadcast()
        while !isFinished { condition.wait() }
        return inflateFailure
    }

    /// Whether the reader has stopped.
    var wasStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return isStopped
    }
}
