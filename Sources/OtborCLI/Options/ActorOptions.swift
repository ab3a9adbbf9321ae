import ArgumentParser
import Foundation

/// `--by`: who makes a change, for the audit log.
struct ActorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who makes the change, for the audit log (defaults to $USER).", valueName: "name"))
    var by: String?

    var actor: String {
        if let by, !by.trimmingCharacters(in: .whitespaces).isEmpty { return by }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}
