import ArgumentParser
import RuralStat

/// The files one run of a command reads and writes, as its options name them, so that they
/// are checked before anything is read (issue 14): an output that is one of the inputs, or
/// two outputs that are one file, is refused with exit status 64 (``StandardStreams/check(_:)``).
struct CommandFiles {
    /// The input files; `nil` for an option not given.
    var inputs: [String?] = []
    /// The output files, each with the option that names it; `nil` for an option not given.
    var outputs: [(option: String, path: String?)] = []

    /// Both runs' files.
    static func + (left: CommandFiles, right: CommandFiles) -> CommandFiles {
        CommandFiles(inputs: left.inputs + right.inputs, outputs: left.outputs + right.outputs)
    }
}

/// A command whose options name files: ``RuralStatCommand`` checks its ``files`` before it runs.
protocol NamesFiles {
    /// The files this run reads and writes.
    var files: CommandFiles { get throws }
}

extension CommonOptions {
    /// The files ``loadInput(needsWorkers:allowsNoRows:householdColumns:workerColumns:next:)``
    /// reads (the households file or the bundled sample's, the workers file, `lines.json`
    /// beside the households) and writes (`--output` and, under `--on-error skip`, the rejects
    /// files).
    var files: CommandFiles {
        get throws {
            let householdsPath = try households ?? Self.sampleDirectory() + "/households.csv"
            let skips = onError == .skip
            return CommandFiles(
                inputs: [householdsPath, workers, LinesFile.path(nextTo: householdsPath)],
                outputs: [("--output", report.output), ("--rejects", skips ? rejectsPath : nil),
                          ("--rejects", skips && workers != nil ? workersRejectsPath : nil)])
        }
    }

    /// Where rejected workers go: the rejects file's name with `.workers` before `.csv`.
    var workersRejectsPath: String {
        rejectsPath.hasSuffix(".csv") ? String(rejectsPath.dropLast(4)) + ".workers.csv" : rejectsPath + ".workers"
    }
}

extension TargetOptions {
    /// The targets file read (`--targets`) and the targets table written (`--targets-output`).
    var files: CommandFiles { CommandFiles(inputs: [targets], outputs: [("--targets-output", targetsOutput)]) }
}

extension ValidateCommand: NamesFiles {
    var files: CommandFiles { get throws { try common.files } }
}

extension IncomeCommand: NamesFiles {
    var files: CommandFiles { get throws { try common.files + targetOptions.files } }
}

extension EmploymentCommand: NamesFiles {
    var files: CommandFiles {
        get throws { try common.files + targetOptions.files + CommandFiles(outputs: [("--warnings-output", warningsOutput)]) }
    }
}

extension GuaranteesCommand: NamesFiles {
    var files: CommandFiles { get throws { try common.files + targetOptions.files } }
}

extension RiskCommand: NamesFiles {
    var files: CommandFiles { get throws { try common.files + targetOptions.files } }
}

extension ReportCommand: NamesFiles {
    var files: CommandFiles { get throws { try common.files + targetOptions.files } }
}

extension TargetsCommand.Check: NamesFiles {
    var files: CommandFiles { get throws { try common.files + targetOptions.files } }
}

extension ForecastCommand: NamesFiles {
    /// With `--series`, that file instead of the households file.
    var files: CommandFiles {
        get throws {
            guard let series else { return try common.files + targetOptions.files }
            return CommandFiles(inputs: [series], outputs: [("--output", common.report.output),
                                                            ("--rejects", common.onError == .skip ? common.rejectsPath : nil)])
                + targetOptions.files
        }
    }
}

extension RegressCommand: NamesFiles {
    var files: CommandFiles {
        get throws {
            CommandFiles(inputs: [try data ?? CommonOptions.sampleDirectory() + "/households.csv"],
                         outputs: [("--output", report.output),
                                   ("--rejects", onError == .skip ? CommonOptions.rejectsPath(rejects, output: report.output) : nil)])
        }
    }
}
