import CRuralStatLAPACK
import Foundation

/// The number of threads OpenBLAS uses for RuralStat's linear algebra.
///
/// OpenBLAS picks its own default at load time (every core, or `OPENBLAS_NUM_THREADS`). RuralStat
/// sets the count deliberately before its first LAPACK or BLAS call instead:
///
/// 1. `RURALSTAT_THREADS` in the environment, when it is a positive integer;
/// 2. otherwise `OPENBLAS_NUM_THREADS`, when set, is left in force;
/// 3. otherwise one thread per active processor (`ProcessInfo.activeProcessorCount`).
///
/// Rule 3 is what pays for RuralStat's own work: tall, thin least-squares problems whose cost
/// is dominated by Householder reflections (matrix-vector products), where OpenBLAS splits the
/// rows among threads. Callers embedding RuralStat in a program that runs its own parallel
/// work should call ``set(_:)`` with 1.
public enum BLASThreads {
    /// Sets the number of OpenBLAS threads (`openblas_set_num_threads`), once every call in
    /// flight on other threads has returned.
    ///
    /// - Precondition: `count` is at least 1 and fits in an `Int32`.
    public static func set(_ count: Int) {
        precondition(count >= 1, "thread count must be at least 1")
        guard let count32 = Int32(exactly: count) else { preconditionFailure("thread count out of range") }
        _ = configured
        // Like a shutdown, a new count must not reach OpenBLAS under a call in flight.
        pthread_rwlock_wrlock(inFlight.lock)
        openblas_set_num_threads(count32)
        pthread_rwlock_unlock(inFlight.lock)
    }

    /// Stops OpenBLAS's worker threads until the next BLAS or LAPACK call starts them again.
    ///
    /// OpenBLAS starts its workers when the library is loaded, and each spins (`sched_yield`)
    /// for about 0.1 s of processor time before it sleeps. A program that reads its input
    /// first, on every core, loses one core to them meanwhile: `ruralstat` calls this before
    /// it parses its arguments.
    ///
    /// Safe to call from any thread at any time: OpenBLAS's shutdown is not safe while another
    /// thread's call is using the workers (it returned wrong solutions in the parallel test
    /// suite), so while any of RuralStat's calls is in flight (``using(_:)``) this does
    /// nothing — the workers are busy then, not spinning.
    public static func parkWorkers() {
        guard pthread_rwlock_trywrlock(inFlight.lock) == 0 else { return }
        _ = blas_thread_shutdown_()
        pthread_rwlock_unlock(inFlight.lock)
    }

    /// Runs one BLAS or LAPACK call: applies the thread policy (``configured``) and holds the
    /// shared side of the lock ``parkWorkers()`` takes exclusively, so that the workers are not
    /// shut down under the call. Every wrapper in `LAPACK` goes through this.
    static func using<T>(_ call: () throws -> T) rethrows -> T {
        _ = configured
        pthread_rwlock_rdlock(inFlight.lock)
        defer { pthread_rwlock_unlock(inFlight.lock) }
        return try call()
    }

    /// The calls in flight: read-locked by each call, write-locked by a shutdown.
    private static let inFlight = CallLock()

    /// A process-wide `pthread_rwlock_t` at a fixed address.
    private final class CallLock: @unchecked Sendable {
        let lock: UnsafeMutablePointer<pthread_rwlock_t>

        init() {
            lock = .allocate(capacity: 1)
            pthread_rwlock_init(lock, nil)
        }
    }

    /// The number of threads OpenBLAS currently uses (`openblas_get_num_threads`).
    public static var count: Int {
        _ = configured
        return Int(openblas_get_num_threads())
    }

    /// Applies the default policy once; ``using(_:)`` touches it before every call.
    static let configured: Void = {
        let environment = ProcessInfo.processInfo.environment
        if let text = environment["RURALSTAT_THREADS"], let value = Int32(text), value >= 1 {
            openblas_set_num_threads(value)
        } else if environment["OPENBLAS_NUM_THREADS"] == nil {
            openblas_set_num_threads(Int32(clamping: ProcessInfo.processInfo.activeProcessorCount))
        }
    }()
}
