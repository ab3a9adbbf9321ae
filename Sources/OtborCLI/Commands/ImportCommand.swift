import ArgumentParser
import Foundation
import OtborCore
import OtborLoading
import OtborStore

/// `otbor interview import SCORESHEET.yaml`: ratings captured on paper or by another tool,
/// checked against the workspace and the database, then written all or nothing.
struct InterviewImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a scoresheet: ratings captured on paper or by another tool.",
        discussion: """
            A scoresheet (YAML; see Docs/DataFormat.md, "Scoresheets") names a profile, a guide and an \
            assessor, and gives one sheet of answers per candidate (several only for a group guide). It is \
            checked against the workspace and the database first: every problem is printed as \
            path:line:column: error: message, and then nothing is written (exit 1). Otherwise one session per \
            sheet is created with all its answers and red flags in a single transaction, submitted unless the \
            file says submit: false. Steps a sheet leaves out are unanswered and count as not assessed.
            """)

    @Argument(help: ArgumentHelp("The scoresheet file (YAML).", valueName: "scoresheet"))
    var scoresheet: String

    @Flag(name: .long, help: "Check the scoresheet against the workspace and the database; write nothing.")
    var dryRun = false

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var actor: ActorOptions
    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputOptions.Format = .text

    func run() throws {
        let library = try workspace.library()
        // Candidates live in the database; a missing database is not created just to find none.
        let databasePath = try store.path(workspace: workspace)
        let database = FileManager.default.fileExists(atPath: databasePath) ? try Store(path: databasePath) : nil
        let report = try Self.perform(scoresheet: scoresheet, library: library, database: database,
                                      databasePath: databasePath, dryRun: dryRun, actor: actor.actor)
        switch format {
        case .json: try Printer.printJSON(report)
        case .text: Printer.print(report.text(file: scoresheet))
        }
    }

    /// Checks the scoresheet (printing every diagnostic to standard error) and, unless `dryRun`,
    /// writes it all-or-nothing; the path `otbor demo` shares with this command.
    static func perform(
        scoresheet: String, library: ContentLibrary, database: Store?, databasePath: String, dryRun: Bool, actor: String
    ) throws -> ImportReport {
        guard FileManager.default.fileExists(atPath: scoresheet) else {
            throw ValidationError("no scoresheet file '\(scoresheet)'")
        }
        let result = ScoresheetLoader.load(contentsOf: URL(fileURLWithPath: scoresheet), path: scoresheet,
                                           library: library, today: Self.today())

        let known = try database?.candidates().map { KnownCandidate(id: $0.id!, name: $0.name) } ?? []
        let resolution = try result.resolveCandidates(known) { candidate in
            guard let database, let sheet = result.scoresheet else { return nil }
            return try Self.existingSession(in: database, candidate: candidate, sheet: sheet)
        }
        let diagnostics = (result.diagnostics + resolution.diagnostics).sorted()
        let errors = diagnostics.errors.count
        // Warnings (unanswered steps) only matter for a scoresheet that is imported.
        (errors > 0 ? diagnostics.errors : diagnostics).forEach { Printer.error($0.description) }
        guard errors == 0, let sheet = result.scoresheet else {
            if database == nil && !resolution.diagnostics.isEmpty {
                Printer.error("note: there is no database at \(databasePath) yet; add the candidates with `otbor candidates add`")
            }
            Printer.error("\(scoresheet): \(max(errors, 1)) error(s); nothing was imported")
            throw ExitCode(ExitStatus.findings)
        }

        let ids = resolution.ids.compactMap { $0 }
        let names = Dictionary(known.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var report = ImportReport(dryRun: dryRun, profile: sheet.profile.id, guide: sheet.guide.id,
                                  assessor: sheet.assessor, submitted: sheet.submit, sessions: [])
        for (candidate, part) in zip(ids, sheet.sheets) {
            report.sessions.append(ImportReport.Session(
                id: nil, candidate: candidate, name: names[candidate] ?? "", answers: part.answers.count,
                redFlags: part.redFlags.count, unanswered: part.unanswered))
        }
        if !dryRun, let database {
            let sheets = zip(ids, sheet.sheets).map { candidate, part in
                ImportedSheet(candidate: candidate, answers: part.answers.map(Self.recorded),
                              redFlags: part.redFlags.map { ImportedSheet.RedFlag(flag: $0.id, note: $0.note) })
            }
            let groupRun = sheet.sheets.count > 1 ? "import-\(UUID().uuidString.prefix(8).lowercased())" : nil
            let sessions = try database.importSessions(
                sheets, profile: sheet.profile, guide: sheet.guide, assessor: sheet.assessor,
                conducted: sheet.conducted.map(Self.midnightUTC), submit: sheet.submit, groupRun: groupRun,
                actor: actor)
            for index in report.sessions.indices { report.sessions[index].id = sessions[index].id }
        }
        return report
    }

    /// The session the scoresheet's assessor already has for the candidate under its profile and guide.
    static func existingSession(in store: Store, candidate: Int64, sheet: Scoresheet) throws -> Int64? {
        guard let application = try store.applications(candidate: candidate, profile: sheet.profile.id).first else {
            return nil
        }
        return try store.sessions(candidate: candidate).first {
            $0.applicationId == application.id && $0.guide == sheet.guide.id && $0.assessor == sheet.assessor
        }?.id
    }

    static func recorded(_ answer: Scoresheet.Answer) -> RecordedAnswer {
        RecordedAnswer(step: answer.step, value: answer.value, note: answer.note)
    }

    /// Today in the local calendar: a paper sheet is dated where it was written.
    static func today() -> CalendarDate? {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    static func midnightUTC(_ date: CalendarDate) -> Date {
        Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400)
    }
}

/// What `otbor interview import` wrote (or, with `--dry-run`, would write).
struct ImportReport: Encodable {
    struct Session: Encodable {
        /// The new session's id; absent in a dry run.
        var id: Int64?
        var candidate: Int64
        var name: String
        var answers: Int
        var redFlags: Int
        /// Step keys left unanswered, in guide order.
        var unanswered: [String]
    }

    var dryRun: Bool
    var profile: String
    var guide: String
    var assessor: String
    var submitted: Bool
    var sessions: [Session]

    func text(file: String) -> String {
        let verb = dryRun ? "would import" : "imported"
        let state = submitted ? "submitted" : "left open for `otbor interview resume`"
        var lines = ["\(file): \(verb) \(sessions.count) session(s) of guide \(guide) (profile \(profile)) "
            + "by \(assessor), \(state)"]
        var table = TextTable(["SESSION", "CANDIDATE", "NAME", "ANSWERS", "RED FLAGS", "UNANSWERED"])
        for session in sessions {
            table.add([session.id.map(String.init) ?? "-", String(session.candidate), session.name,
                       String(session.answers), String(session.redFlags),
                       session.unanswered.isEmpty ? "-" : "\(session.unanswered.count): "
                           + session.unanswered.joined(separator: ", ")])
        }
        lines.append(table.render())
        if dryRun { lines.append("dry run: nothing was written") }
        return lines.joined(separator: "\n")
    }
}
