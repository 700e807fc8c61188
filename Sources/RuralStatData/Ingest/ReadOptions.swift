/// How to read an input file: its encoding and what to do with bad rows (SPEC §2.3).
public struct ReadOptions: Sendable {
    /// What to do when a row breaks a rule.
    public enum ErrorPolicy: String, Sendable, CaseIterable {
        /// Collect every error and fail with ``InputError/invalidData(file:errors:total:)``.
        case stop
        /// Leave bad rows out and list them, with their reasons, in ``ReadReport/rejected``.
        case skip
    }

    /// The file's encoding, or `nil` to detect it from the first block of bytes.
    public var encoding: TextEncoding?
    /// What to do with bad rows.
    public var onError: ErrorPolicy
    /// How many errors ``InputError/invalidData(file:errors:total:)`` carries; the rest are
    /// only counted.
    public var errorLimit: Int
    /// Cell texts that mean "missing" besides the empty cell, matched exactly after trimming
    /// spaces (pandas' `na_values`): such a cell is read as an empty one, so it is missing in
    /// an optional column and an error in a required one. None by default (SPEC §2.1: an empty
    /// cell is missing); `regress` passes R's `NA` and `NaN`.
    public var missingValues: [String]
    /// Called now and then while the file is read, with the number of data records read
    /// since the last call (every ``progressInterval`` records): a progress line's count. A
    /// large file is read in two parts on two threads, so it may be called from either.
    public var progress: (@Sendable (Int) -> Void)?

    /// How many records pass between two calls of ``progress``.
    public static let progressInterval = 1 << 16

    /// Creates read options; by default: detect the encoding, stop on bad rows, report 50,
    /// only empty cells are missing.
    public init(encoding: TextEncoding? = nil, onError: ErrorPolicy = .stop, errorLimit: Int = 50,
                missingValues: [String] = []) {
        self.encoding = encoding
        self.onError = onError
        self.errorLimit = errorLimit
        self.missingValues = missingValues
    }
}
