import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The process starts itself again with glibc's huge-page tunable when the kernel gives huge
/// pages only on request, keeps any tunables the user set, leaves a user's own setting of the
/// tunable alone, and writes the same bytes whichever way it runs.
@Suite struct HugePagesTests {
    /// Whether this machine's kernel is in `madvise` mode, read from the kernel itself.
    static var kernelIsInMadviseMode: Bool {
        let text = (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)) ?? ""
        return text.contains("[madvise]")
    }

    /// The tunables of the running `ruralstat` started with `tunables` (nil: unset), read from
    /// `/proc/<pid>/environ` (the environment it was last started with) while the process
    /// waits to open a named pipe as its households file; polled until they are `expected` or
    /// 20 s have passed. glibc 2.36's loader cuts `GLIBC_TUNABLES` at its colons in place, so
    /// every `glibc.…=…` piece of the environment counts.
    func environmentTunables(startedWith tunables: String?, expecting expected: Set<String>) throws -> Set<String> {
        let directory = try CommandRun.directory(with: [:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("households.csv").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandRun.executable)
        process.arguments = ["validate", "--households", fifo, "--format", "json"]
        var environment = ProcessInfo.processInfo.environment
        environment["GLIBC_TUNABLES"] = tunables
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            // It waits for a writer to open the pipe: ended here, whatever it would do next
            // (SIGKILL: a child of the test runner may inherit a mask that blocks SIGTERM).
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        var seen: Set<String> = []
        let deadline = Date().addingTimeInterval(20)
        repeat {
            let environ = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(process.processIdentifier)/environ"))) ?? Data()
            seen = Set(environ.split { $0 == 0 || $0 == UInt8(ascii: ":") }
                .map { String(decoding: $0, as: UTF8.self) }
                .map { $0.hasPrefix("GLIBC_TUNABLES=") ? String($0.dropFirst("GLIBC_TUNABLES=".count)) : $0 }
                .filter { $0.hasPrefix("glibc.") })
            if seen == expected { break }
            usleep(20_000)
        } while Date() < deadline
        return seen
    }

    @Test func restartsWithTheTunableWhenTheKernelGivesHugePagesOnRequest() throws {
        let expected: Set<String> = Self.kernelIsInMadviseMode ? ["glibc.malloc.hugetlb=1"] : []
        #expect(try environmentTunables(startedWith: nil, expecting: expected) == expected)
    }

    @Test func keepsTheUsersOtherTunables() throws {
        let given = "glibc.malloc.arena_max=2"
        let expected: Set<String> = Self.kernelIsInMadviseMode ? [given, "glibc.malloc.hugetlb=1"] : [given]
        #expect(try environmentTunables(startedWith: given, expecting: expected) == expected)
    }

    @Test func leavesTheUsersOwnSettingAlone() throws {
        let given = "glibc.malloc.hugetlb=0"
        #expect(try environmentTunables(startedWith: given, expecting: [given]) == [given])
    }

    @Test func writesTheSameBytesWhicheverWayItRuns() throws {
        let directory = try CommandRun.directory(with: ["h.csv": IncomeCommandTests.households])
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = ["income", "--households", "h.csv", "--by", "category", "--format", "json"]
        let runs = try [[:], ["GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"], ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"]]
            .map { try CommandRun(arguments, in: directory, environment: $0) }
        for run in runs {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == runs[0].stdout)
        }
        #expect(runs[0].stdout.contains("\"category\""))
    }
}
