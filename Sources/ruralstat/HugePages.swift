#if canImport(Glibc)
import Glibc
#endif

/// Puts the process's heap on transparent huge pages (2 MiB) where the kernel gives them only
/// on request, by starting the process again, once, with glibc's `glibc.malloc.hugetlb=1`
/// tunable (glibc 2.35 and later), which makes `malloc` ask for them (`madvise(MADV_HUGEPAGE)`).
///
/// Why: a command's tables, designs and simulation paths are large arrays that are written
/// once, freed and allocated again, and each fresh 4 KiB page costs a fault and its zeroing
/// in the kernel. On the 1,000,000 household-year file, on a machine whose kernel is in
/// `madvise` mode (as this project's machines are), `forecast --by township --horizon 3` took
/// 530,000 page faults and 3.4–3.9 s of system time, `risk` 400,000 and 2.0–2.3 s; with the
/// tunable 46,000 and 2.2–2.4 s, and 58,000 and 1.3–1.4 s, and 10–18% less wall time, for at
/// most 0.5% more peak memory and the same output bytes (Benchmarks/README.md, "Huge pages").
/// The readers already advise huge pages for the buffers they map themselves
/// (`SystemCalls.adviseHugePages` in RuralStatData); this covers every array `malloc` gives.
///
/// Nothing is done when the kernel already backs every mapping with huge pages (`always`) or
/// never does (`never`), when `GLIBC_TUNABLES` already names the tunable (the started-again
/// process, or the user's own choice: `GLIBC_TUNABLES=glibc.malloc.hugetlb=0` turns this
/// off), or when the process cannot start itself again (it then goes on as it is). The cost
/// is one more start of the program, about 12 ms.
enum HugePages {
    /// The tunable that makes glibc's `malloc` advise huge pages.
    static let tunable = "glibc.malloc.hugetlb"

    /// Starts the process again with ``tunable`` set when that helps (see the type's
    /// documentation); returns when it does not, or when starting again fails.
    static func requestByRestarting() {
        #if os(Linux)
        let existing = getenv("GLIBC_TUNABLES").map { String(cString: $0) }
        guard existing?.contains(tunable) != true, kernelGivesHugePagesOnRequest() else { return }
        let value = (existing.map { $0.isEmpty ? "" : $0 + ":" } ?? "") + tunable + "=1"
        guard setenv("GLIBC_TUNABLES", value, 1) == 0 else { return }
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: the program could not be started again; go on with the environment as it was.
        if let existing { setenv("GLIBC_TUNABLES", existing, 1) } else { unsetenv("GLIBC_TUNABLES") }
        #endif
    }

    #if os(Linux)
    /// Whether the kernel's transparent huge pages are in `madvise` mode: given to the mappings
    /// that ask for them, and only to those.
    private static func kernelGivesHugePagesOnRequest() -> Bool {
        guard let file = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r") else { return false }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: 128)
        let count = fread(&bytes, 1, bytes.count, file)
        return String(decoding: bytes.prefix(count), as: UTF8.self).contains("[madvise]")
    }
    #endif
}
