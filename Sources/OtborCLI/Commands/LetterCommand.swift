import ArgumentParser
import Foundation
import OtborCore
import OtborReport
import OtborServices

/// `otbor letter KIND --candidate C`: a letter to the candidate from `Letters/letters.yaml`.
struct LetterCommand: AsyncParsableCommand {
    /// The letter's layouts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, html
    }

    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Write a letter to a candidate: an invitation, a rejection with feedback, a screening rejection or an offer.",
        discussion: """
            Fills the template of Letters/letters.yaml for one candidate, in Russian or with --lang en \
            in English. invitation: the next visit of the profile's process the candidate has not had \
            (or --visit: a visit label of the process, or the guide id of a stage on its own), with its \
            stages and candidate time, what to bring and the personal-data consent line; --when says \
            when. rejection: two or three strengths and one or two areas to develop, by competency name \
            with the library's development text, from the candidate's submitted interviews; refused for \
            a candidate who passed the hurdle and every screening condition unless --force. \
            screening-rejection: the screening condition that was not met, in plain words. offer: the \
            cover letter of the job offer, with the strengths; refused for a candidate who did not pass \
            unless --force. No letter holds a score, a rank or another candidate. The letter goes to \
            standard output, or with --out to a file only its owner can read; the audit log records \
            that a letter of this kind was written (--by), never its text. Docs/DataFormat.md \
            describes the file and its placeholders; Docs/Scoring.md the feedback rule.
            """)

    @Argument(help: "The letter: invitation, rejection, screening-rejection or offer.")
    var kind: LetterKind

    @Option(name: .long, help: CandidateArgument.help())
    var candidate: String

    @Option(name: .long, help: ArgumentHelp(
        "The profile, when the candidate applied for several (for an invitation to a first stage: the profile they apply for).",
        valueName: "profile"))
    var profile: String?

    @Option(name: .long, help: ArgumentHelp("invitation: the visit (default: the next one the candidate has not had).", valueName: "visit"))
    var visit: String?

    @Option(name: .long, help: ArgumentHelp("invitation: the date, time and place, as the candidate should read them.", valueName: "text"))
    var when: String?

    @Flag(name: .long, help: "Write a rejection of a candidate who passed, or an offer to one who did not.")
    var force = false

    @Option(name: .long, help: "Layout: text (for an e-mail) or html (a printable page, escaped).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var scoring: EngineOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: StoreOptions

    func validate() throws {
        if let when, try CandidateInput.text(when, option: "--when") == nil {
            throw ValidationError(ConsoleWording.commandLine(.optionEmpty, ["option": "--when"]))
        }
    }

    func run() async throws {
        let words = language.wording
        let campaign = try database.campaign(workspace: workspace, words: words, reading: false)
        let person = try await campaign.store.candidate(candidate)
        let letter: CandidateLetter
        do {
            letter = try await campaign.letter(kind, candidate: person, profile: profile, visit: visit,
                                               when: try when.flatMap { try CandidateInput.text($0, option: "--when") },
                                               engine: scoring.engine, force: force)
        } catch let error as LetterError {
            throw ValidationError(ErrorWording(words).letter(error))
        }
        let filled = letter.filled(in: language.lang)
        let sink = try out.map { try PrivateFileSink(path: $0, words: words) } ?? PrivateFileSink(words: words)
        // Audited before the text leaves: a letter is never out without its line in the log.
        try await campaign.recordLetter(letter, actor: actor.actor)
        try sink.write(format == .html ? LetterPage(letter: filled, language: language.lang).render()
                                       : Self.text(filled, words: words) + "\n")
        try sink.finish()
        if let out { Printer.error(words(.letterWritten, ["path": out])) }
    }

    /// The letter as plain text for an e-mail: the subject line, then the paragraphs, lists as "– item".
    static func text(_ letter: FilledLetter, words: ConsoleWording) -> String {
        var parts = [words(.letterSubject, ["subject": letter.subject])]
        for block in letter.blocks {
            switch block {
            case .paragraph(let text): parts.append(text)
            case .list(let items): parts.append(items.map { "– " + $0 }.joined(separator: "\n"))
            }
        }
        return parts.joined(separator: "\n\n")
    }
}
