/// A LAPACK routine reported that the data cannot be handled (`info > 0`), for example an
/// exactly singular triangular factor or a singular value decomposition that did not converge.
///
/// Programmer errors (`info < 0`: an illegal argument) are not thrown; they stop the program
/// through a precondition, because no input data can cause them.
public struct LAPACKError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The LAPACK routine, e.g. `dtrtrs`.
    public let routine: String
    /// The routine's positive `info` code.
    public let info: Int
    /// What `info` means for this routine.
    public let reason: String

    /// Creates an error for `routine` with its `info` code and meaning.
    public init(routine: String, info: Int, reason: String) {
        self.routine = routine
        self.info = info
        self.reason = reason
    }

    /// "LAPACK <routine> failed (info = <code>): <reason>".
    public var description: String {
        "LAPACK \(routine) failed (info = \(info)): \(reason)"
    }
}
