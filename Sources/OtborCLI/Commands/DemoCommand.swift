import ArgumentParser
import Foundation
import OtborCore
import OtborReport
import OtborServer
import OtborServices
import OtborStore

/// `otbor demo`: a complete campaign for the senior support manager, entered through the same code
/// as the commands, then every report.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run a complete demo campaign for the senior support manager and render every report.",
        discussion: """
            Creates a fresh database demo.sqlite in the output folder (default Reports/out in the \
            workspace), or uses the empty database --database names (a file, or a postgres:// URL), adds six fictional candidates, imports the scoresheets of Interviews/demo/ \
            (three assessors, every stage of the profile: the phone screen with its screening facts \
            and the senior module, interviews, a case with its classification, the working-day plan, \
            two role-plays with checklists, a group exercise; two candidates are stopped by a \
            screening fact), \
            scores the DISC inventory for five candidates, records the panel's consensus on a flagged \
            disagreement and four decisions (one a hire, whose 90-day development plan it prints), then writes every report (and with --pdf prints each to \
            PDF) and prints where the index is, and writes sample letters into letters/ (a rejection for each \
            rejected candidate, an invitation for the one who advances; `otbor letter`). \
            The database stays, so every other command can explore it: \
            otbor compare --database Reports/out/demo.sqlite
            With --serve it then adds the three demo assessors' console accounts (irina, marina, oleg; \
            the demo password), sets up a live group sitting of three more candidates in the group \
            exercise, and serves the console on 127.0.0.1 (--port, default 8080) until Ctrl-C.
            """)

    @Option(name: .long, help: ArgumentHelp("The folder for the database and the reports (default: Reports/out).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp(
        "The database for the demo campaign: an empty or missing file, or a postgres:// URL of an empty database (default: demo.sqlite in the output folder, made afresh).",
        valueName: "file-or-url"))
    var database: String?

    @Flag(name: .long, help: ArgumentHelp(
        "Then serve the web console on the demo database, with the three demo assessors' accounts and a live group sitting to score (until Ctrl-C)."))
    var serve = false

    @Option(name: .long, help: ArgumentHelp("With --serve: the port on 127.0.0.1; 0 picks a free one.", valueName: "port"))
    var port = 8080

    @OptionGroup var language: LanguageOptions
    @OptionGroup var printing: PDFOptions
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let words = language.wording
        let printer = try printing.printer(words: words)
        // One line of the summary: a label padded to the widest, then what was done.
        func line(_ label: ContentPhrase, _ text: String) {
            let labels: [ContentPhrase] = [.demoDatabase, .demoCandidates, .demoInterviews, .demoDISC, .demoConsensus,
                                           .demoDecisions, .demoReports, .demoPDF]
            let width = labels.map { words($0).count }.max()! + 1
            Printer.print("  " + words(label).padding(toLength: width, withPad: " ", startingAt: 0) + text)
        }
        let root = try workspace.root()
        let library = try workspace.library(words: words)
        let folder = try ReportFolder(path: out ?? root.appendingPathComponent("Reports/out").path, words: words)
        let databasePath = database ?? folder.url.appendingPathComponent("demo.sqlite").path
        if database == nil {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        }
        let store = try StoreOptions.open(path: databasePath)
        guard try await store.candidates().isEmpty, try await store.accounts().isEmpty else {
            throw ValidationError(words(.demoNeedsEmptyDatabase, ["path": databasePath]))
        }
        guard let profile = library.profile(DemoCampaign.profile) else {
            throw ValidationError(words(.demoNeedsProfile, ["id": DemoCampaign.profile]))
        }
        Printer.print(words(.demoTitle, ["title": words.content(profile.title)]))
        line(.demoDatabase, words(.newDatabase, ["path": databasePath]))

        var ids: [String: CandidateID] = [:]
        for person in DemoCampaign.people {
            guard let consent = CalendarDate(person.consent) else { throw ValidationError(words(.demoConsent, ["date": person.consent])) }
            let candidate = NewCandidate(name: person.name, email: person.email, phone: person.phone, source: person.source,
                                         consentDate: consent, fairnessGroup: person.group)
            ids[person.name] = try await store.addCandidate(candidate, actor: DemoCampaign.recorder).id
        }
        line(.demoCandidates, words(.demoAdded, ["candidates": words.count(ids.count, .candidate)]))

        let sheets = try scoresheets(root: root)
        var sessions = 0
        for sheet in sheets {
            let report = try await InterviewImportCommand.perform(
                scoresheet: sheet, library: library, database: store, databasePath: databasePath, dryRun: false,
                actor: DemoCampaign.recorder, words: words)
            sessions += report.sessions.count
        }
        let assessors = Set(try await store.sessions().map(\.assessor))
        let stages = Set(try await store.sessions().map(\.guide))
        line(.demoInterviews, words(.demoImported, [
            "sheets": words.count(sheets.count, .scoresheet), "sessions": words.count(sessions, .session),
            "stages": words.count(stages.count, .stage), "assessors": words.count(assessors.count, .assessor)]))

        var discCount = 0
        if let inventory = library.disc {
            for person in DemoCampaign.people {
                guard let answers = DemoCampaign.discAnswers(person, inventory: inventory) else { continue }
                let result = try DISCResult(scoring: answers, inventory: inventory)
                try await store.saveDISC(candidate: ids[person.name]!, answers: answers, result: result, actor: person.name)
                discCount += 1
            }
        }
        line(.demoDISC, words(.demoTookDISC, ["candidates": words.count(discCount, .candidate)]))

        line(.demoConsensus, try await recordConsensus(store: store, library: library, ids: ids, words: words))
        for decision in DemoCampaign.decisions {
            try await store.recordDecision(candidate: ids[decision.candidate]!, profile: DemoCampaign.profile,
                                     decision: decision.decision, reason: decision.reason, actor: "Олег Михайлов")
        }
        line(.demoDecisions, words(.demoRecorded, ["decisions": words.count(DemoCampaign.decisions.count, .decision)]))
        // The hired candidate's 90-day development plan, counted from the hiring decision.
        let campaign = Campaign(library: library, store: store)
        for decision in DemoCampaign.decisions where decision.decision == .hire {
            let person = try await store.candidate("id:\(ids[decision.candidate]!)")
            let document = try await campaign.plan(candidate: person, profile: DemoCampaign.profile, engine: ScoringEngine(),
                                                   today: Date(), timeZone: words.dates.timeZone)
            Printer.print("")
            Printer.print(PlanText(document: document, profile: profile, library: library, words: words).render())
            Printer.print("")
        }
        let login = LoginName(DemoCampaign.consoleLogin)!
        _ = try await store.addAccount(NewAccount(login: login, displayName: DemoCampaign.recorder, role: .hr),
                                       passwordHash: try await PasswordHasher().hash(DemoCampaign.consolePassword),
                                       actor: DemoCampaign.recorder)

        let assembler = ReportAssembler(store: store, library: library, now: Date(), timeZone: words.dates.timeZone)
        var run = ReportRun(assembler: assembler, folder: folder, words: words)
        let evidence = try await store.evidence(profile: DemoCampaign.profile)
        try await run.candidates(evidence)
        try await run.comparison(profile: evidence.first?.profile ?? profile, evidence: evidence)
        try run.raters(profile: evidence.first?.profile ?? profile, evidence: evidence)
        try await run.index(title: ReportStrings(words.language)[.demoRunTitle])
        line(.demoReports, words(.demoFiles, ["files": words.count(run.written.count, .file), "folder": folder.url.path]))
        if let printer {
            var printed = 0
            try printer.printAll(run.written, into: folder, words: words) { _ in printed += 1 }
            line(.demoPDF, words(.demoPrinted, ["files": words.count(printed, .file), "browser": printer.browser]))
        }
        Printer.print("")
        try await writeLetters(campaign: campaign, ids: ids, folder: folder.url, words: words)
        Printer.print("")
        Printer.print(words(.demoOpen, ["path": folder.url.appendingPathComponent("index.html").path]))
        let relative = databasePath.hasPrefix(FileManager.default.currentDirectoryPath + "/")
            ? String(databasePath.dropFirst(FileManager.default.currentDirectoryPath.count + 1)) : databasePath
        Printer.print(words(.demoExplore, ["command": "swift run otbor compare --database \(relative)"]))
        Printer.print(words(.demoConsole, ["command": "swift run otbor serve --database \(relative)",
                                           "login": DemoCampaign.consoleLogin, "password": DemoCampaign.consolePassword]))
        if serve { try await serveLive(store: store, library: library, words: words) }
    }

    /// The demo scoresheets, in name order (stage order).
    private func scoresheets(root: URL) throws -> [String] {
        let words = language.wording
        let folder = root.appendingPathComponent(DemoCampaign.scoresheetFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let sheets = names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
        guard !sheets.isEmpty else { throw ValidationError(words(.demoNeedsScoresheets, ["folder": folder.path])) }
        return sheets
    }

    /// Records the panel's consensus on the planned disagreement, which must be flagged, and
    /// says what was recorded, the stage and the competency by their titles.
    private func recordConsensus(
        store: any CampaignStore, library: ContentLibrary, ids: [String: CandidateID], words: ConsoleWording
    ) async throws -> String {
        let agreement = DemoCampaign.consensus
        let id = ids[agreement.candidate]!
        guard let evidence = try await store.evidence(profile: DemoCampaign.profile, candidate: id).first,
              let flagged = evidence.scorecard().pendingConsensus.first(where: {
                  $0.stage == agreement.stage && $0.competency == agreement.competency }) else {
            throw ValidationError(words(.demoNoDisagreement, ["competency": agreement.competency, "stage": agreement.stage,
                                                              "candidate": "\(agreement.candidate)"]))
        }
        let consensus = Consensus(stage: agreement.stage, competency: agreement.competency, value: agreement.value,
                                  rationale: agreement.rationale)!
        try await store.recordConsensus(candidate: id, profile: DemoCampaign.profile, consensus: consensus, actor: agreement.by)
        let ratings = flagged.byAssessor.sorted { $0.key < $1.key }.map { "\($0.key) \(words.number($0.value))" }
        let stage = library.guide(agreement.stage)?.title.text(in: words.language) ?? agreement.stage
        let competency = library.competency(agreement.competency)?.name.text(in: words.language) ?? agreement.competency
        return "\(agreement.candidate), \(stage) · \(competency): "
            + "\(ratings.joined(separator: "; ")) → \(words.number(agreement.value))"
    }
}
