import ArgumentParser
import Foundation

/// `--by`: who makes a change, for the audit log.
struct ActorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Who makes the change, for the audit log (defaults to the operating-system user: $USER, $LOGNAME, "
            + "else the name of the process's user id; `cli` when none is known).", valueName: "name"))
    var by: String?

    var actor: String {
        if let by, !by.trimmingCharacters(in: .whitespaces).isEmpty { return by }
        return Self.operatingSystemUser()
    }

    /// The actor when `--by` is not given: `$USER`, else `$LOGNAME` (empty values skipped), else
    /// the login name of the effective user id, else `cli`. Never empty and never `unknown`, so
    /// the audit log always says who ran the command as far as the system knows.
    static func operatingSystemUser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["USER", "LOGNAME"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let text = String(cString: name)
            if !text.isEmpty { return text }
        }
        return "cli"
    }
}
