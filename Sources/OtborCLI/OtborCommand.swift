import ArgumentParser
import Foundation
import OtborCore
import OtborServices
import OtborStore

/// The `otbor` command: structured interviews, assessment-centre scoring and reports.
public struct OtborCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "otbor",
        abstract: "Structured interviews and assessment-centre scoring for hiring support managers.",
        discussion: """
            Otbor reads job profiles and interview guides from a workspace (a folder with Profiles/ and \
            Interviews/), found from --workspace, OTBOR_WORKSPACE, or by walking up from the current folder.

            Exit codes: 0 ok, 1 findings (such as errors in data files), 2 wrong usage.
            """,
        subcommands: [ValidateCommand.self, ProfilesCommand.self, GuidesCommand.self, MatrixCommand.self, StatsCommand.self,
                      ScoreCommand.self, PlanCommand.self, CompareCommand.self, ConsensusCommand.self, RatersCommand.self, FairnessCommand.self,
                      InterviewCommand.self, GroupCommand.self, DISCCommand.self,
                      CandidatesCommand.self, DecideCommand.self, ExportCommand.self, RetentionCommand.self,
                      ReportCommand.self, DemoCommand.self, BenchCommand.self, UsersCommand.self, ServeCommand.self,
                      DatabaseCommand.self, CampaignCommand.self, LetterCommand.self]
    )

    public init() {}

    /// Runs the command line, mapping usage errors to exit code 2; every message follows the
    /// command line's `--lang` (``ConsoleWording/commandLine`` while it parses and runs).
    public static func execute(_ arguments: [String]? = nil) async {
        let words = ConsoleWording(language: language(in: arguments ?? Array(CommandLine.arguments.dropFirst())))
        await ConsoleWording.$commandLine.withValue(words) {
            await execute(arguments, words: words)
        }
    }

    private static func execute(_ arguments: [String]?, words: ConsoleWording) async {
        let errors = ErrorWording(words)
        do {
            var command = try parseAsRoot(arguments)
            do {
                if var asynchronous = command as? AsyncParsableCommand {
                    try await asynchronous.run()
                } else {
                    try command.run()
                }
                await OpenStores.shared.closeAll()
            } catch let error as ValidationError {
                await OpenStores.shared.closeAll()
                // Raised while running: the message alone, not the root command's usage line.
                Printer.error(words(.usageError, ["message": error.message]))
                Foundation.exit(ExitStatus.usage)
            } catch let error as CampaignError {
                await OpenStores.shared.closeAll()
                Printer.error(words(.usageError, ["message": errors.message(error)]))
                Foundation.exit(ExitStatus.usage)
            }
        } catch {
            await OpenStores.shared.closeAll()
            let code = exitCode(for: error)
            if let error = error as? StoreError {
                Printer.error(words(.errorLine, ["message": errors.message(error)]))
                Foundation.exit(ExitStatus.findings)
            }
            if let error = error as? InterviewError, let message = errors.message(error) {
                Printer.error(words(.errorLine, ["message": message]))
                Foundation.exit(ExitStatus.findings)
            }
            if let error = error as? ServiceError {
                Printer.error(words(.errorLine, ["message": error.message]))
                Foundation.exit(ExitStatus.findings)
            }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((usageMessage(for: error, words: words) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }

    /// argument-parser's message for a usage error, with its `Error:` worded in the language of
    /// `words`. A value our own transform refused keeps only our message, which names the option
    /// and the value already, without the parser's "The value '…' is invalid for '…': ". The
    /// parser's own messages and the usage lines stay as it wrote them, in English.
    static func usageMessage(for error: any Error, words: ConsoleWording) -> String {
        let full = fullMessage(for: error)
        let prefix = "Error: "
        guard full.hasPrefix(prefix) else { return full }
        var message = String(full.dropFirst(prefix.count))
        if message.hasPrefix("The value '"), let invalid = message.range(of: "' is invalid for '"),
           let ours = message[invalid.upperBound...].range(of: "': ") {
            message = String(message[ours.upperBound...])
        }
        return words(.usageError, ["message": message])
    }

    /// The `--lang` of a command line (Russian unless it says `en`), for wording the errors the
    /// command itself does not catch. Arguments after `--` are values, not options.
    static func language(in arguments: [String]) -> ContentLanguage {
        let options = arguments.prefix { $0 != "--" }
        var language = ContentLanguage.ru
        for (index, argument) in options.enumerated() {
            let value = argument == "--lang" ? options.dropFirst(index + 1).first
                : argument.hasPrefix("--lang=") ? String(argument.dropFirst(7)) : nil
            if let value, let chosen = ContentLanguage(rawValue: value) { language = chosen }
        }
        return language
    }
}
