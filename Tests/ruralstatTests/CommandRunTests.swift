import Foundation
import Testing

/// The subprocess helper itself: it must not deadlock when a program writes more to standard
/// error than a pipe holds.
@Suite struct CommandRunTests {
    /// 2 MiB to standard error, then a line to standard output: read one stream after the
    /// other, the child would block at 64 KiB of standard error and the test with it.
    @Test func readsBothStreamsPastThePipeBuffer() throws {
        let script = "head -c 2097152 /dev/zero | tr '\\0' e >&2; echo done"
        let run = try CommandRun(executable: "/bin/sh", ["-c", script], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        #expect(run.stdout == "done\n")
        #expect(run.stderr.utf8.count == 2_097_152 && run.stderr.allSatisfy { $0 == "e" })
    }
}
