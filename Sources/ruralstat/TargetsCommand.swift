import ArgumentParser
import RuralStat

/// `ruralstat targets`: the built-in presets, to list and to copy.
struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "List the built-in target presets or print one as TOML to copy and edit.",
        subcommands: [List.self, Show.self]
    )

    /// `ruralstat targets list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the presets with their plans.")

        func run() throws {
            for name in TargetSet.presetNames {
                let set = try TargetSet.preset(named: name)
                print("\(name)  \(set.title)  (\(set.targets.count) targets)")
            }
        }
    }

    /// `ruralstat targets show NAME`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a preset as a TOML targets file (redirect it to a file, edit, pass with --targets)."
        )

        @Argument(help: "The preset's name (see `ruralstat targets list`).")
        var name: String

        func run() throws {
            do {
                print(try TargetSet.presetTOML(named: name), terminator: "")
            } catch {
                throw ValidationError(error.description)
            }
        }
    }
}
