import ArgumentParser
import Foundation
import OtborCore
import OtborReport
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
            workspace), adds six fictional candidates, imports the scoresheets of Interviews/demo/ \
            (three assessors, all eight stages of the profile: interviews, a case with its \
            classification, the working-day plan, two role-plays with checklists, a group exercise), \
            scores the DISC inventory for five candidates, records the panel's consensus on a flagged \
            disagreement and three decisions, then writes every report (and with --pdf prints each to \
            PDF) and prints where the index is. \
            The database stays, so every other command can explore it: \
            otbor compare --database Reports/out/demo.sqlite
            """)

    @Option(name: .long, help: ArgumentHelp("The folder for the database and the reports (default: Reports/out).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: "Report language: ru or en.")
    var lang: ContentLanguage = .ru

    @OptionGroup var printing: PDFOptions
    @OptionGroup var zone: TimeZoneOptions
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let printer = try printing.printer()
        let root = try workspace.root()
        let library = try workspace.library()
        let folder = try ReportFolder(path: out ?? root.appendingPathComponent("Reports/out").path)
        let databasePath = folder.url.appendingPathComponent("demo.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        let store = try StoreOptions.open(path: databasePath)
        guard let profile = library.profile(DemoCampaign.profile) else {
            throw ValidationError("the workspace has no profile \(DemoCampaign.profile); the demo needs it")
        }
        Printer.print("Otbor demo: hiring a «\(profile.title.text(in: lang))»")
        Printer.print("  database   \(databasePath) (new)")

        var ids: [String: CandidateID] = [:]
        for person in DemoCampaign.people {
            guard let consent = CalendarDate(person.consent) else { throw ValidationError("the demo's consent date \(person.consent) is not a date") }
            let candidate = NewCandidate(name: person.name, email: person.email, phone: person.phone, source: person.source,
                                         consentDate: consent, fairnessGroup: person.group)
            ids[person.name] = try await store.addCandidate(candidate, actor: DemoCampaign.recorder).id
        }
        Printer.print("  candidates \(ids.count) added")

        let sheets = try scoresheets(root: root)
        var sessions = 0
        for sheet in sheets {
            let report = try await InterviewImportCommand.perform(
                scoresheet: sheet, library: library, database: store, databasePath: databasePath, dryRun: false,
                actor: DemoCampaign.recorder)
            sessions += report.sessions.count
        }
        let assessors = Set(try await store.sessions().map(\.assessor))
        let stages = Set(try await store.sessions().map(\.guide))
        Printer.print("  interviews \(sheets.count) scoresheets imported: \(sessions) sessions, \(stages.count) stages, \(assessors.count) assessors")

        var discCount = 0
        if let inventory = library.disc {
            for person in DemoCampaign.people {
                guard let answers = DemoCampaign.discAnswers(person, inventory: inventory) else { continue }
                let result = try DISCResult(scoring: answers, inventory: inventory)
                try await store.saveDISC(candidate: ids[person.name]!, answers: answers, result: result, actor: person.name)
                discCount += 1
            }
        }
        Printer.print("  DISC       \(discCount) candidates took the inventory")

        try await recordConsensus(store: store, ids: ids)
        for decision in DemoCampaign.decisions {
            try await store.recordDecision(candidate: ids[decision.candidate]!, profile: DemoCampaign.profile,
                                     decision: decision.decision, reason: decision.reason, actor: "Олег Михайлов")
        }
        Printer.print("  decisions  \(DemoCampaign.decisions.count) recorded")

        var run = ReportRun(assembler: ReportAssembler(store: store, library: library, now: Date(), timeZone: try zone.timeZone), folder: folder, language: lang)
        let evidence = try await store.evidence(profile: DemoCampaign.profile)
        try await run.candidates(evidence)
        try await run.comparison(profile: evidence.first?.profile ?? profile, evidence: evidence)
        try run.raters(profile: evidence.first?.profile ?? profile, evidence: evidence, library: library)
        try await run.index(title: ReportStrings(lang)[.demoRunTitle])
        Printer.print("  reports    \(run.written.count) files in \(folder.url.path)")
        if let printer {
            var printed = 0
            try printer.printAll(run.written, into: folder) { _ in printed += 1 }
            Printer.print("  PDF        \(printed) files printed by \(printer.browser)")
        }
        Printer.print("")
        Printer.print("Open \(folder.url.appendingPathComponent("index.html").path)")
        let relative = databasePath.hasPrefix(FileManager.default.currentDirectoryPath + "/")
            ? String(databasePath.dropFirst(FileManager.default.currentDirectoryPath.count + 1)) : databasePath
        Printer.print("Explore:  swift run otbor compare --database \(relative)")
    }

    /// The demo scoresheets, in name order (stage order).
    private func scoresheets(root: URL) throws -> [String] {
        let folder = root.appendingPathComponent(DemoCampaign.scoresheetFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let sheets = names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
        guard !sheets.isEmpty else { throw ValidationError("no scoresheets in \(folder.path); the demo needs them") }
        return sheets
    }

    /// Records the panel's consensus on the planned disagreement, which must be flagged.
    private func recordConsensus(store: any CampaignStore, ids: [String: CandidateID]) async throws {
        let agreement = DemoCampaign.consensus
        let id = ids[agreement.candidate]!
        guard let evidence = try await store.evidence(profile: DemoCampaign.profile, candidate: id).first,
              let flagged = evidence.scorecard().pendingConsensus.first(where: {
                  $0.stage == agreement.stage && $0.competency == agreement.competency }) else {
            throw ValidationError("the demo expected a flagged disagreement on \(agreement.competency) in \(agreement.stage) for \(agreement.candidate)")
        }
        let consensus = Consensus(stage: agreement.stage, competency: agreement.competency, value: agreement.value,
                                  rationale: agreement.rationale)!
        try await store.recordConsensus(candidate: id, profile: DemoCampaign.profile, consensus: consensus, actor: agreement.by)
        let ratings = flagged.byAssessor.sorted { $0.key < $1.key }.map { "\($0.key) \(ScorecardText.number($0.value))" }
        Printer.print("  consensus  \(agreement.candidate), \(agreement.stage) · \(agreement.competency): "
                      + "\(ratings.joined(separator: ", ")) → \(ScorecardText.number(agreement.value))")
    }
}
