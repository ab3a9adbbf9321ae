import Foundation
import OtborCore
import OtborStore
import OtborStoreSQLite
import OtborTestSupport
import Testing

/// `otbor interview import`, run as a process against the shipped workspace and a temporary
/// database whose candidates are added through the store.
struct ImportCommandTests {
    /// The command words before the scoresheet.
    static let command = ["interview", "import"]

    /// A temporary folder with a database holding two candidates.
    final class Campaign: @unchecked Sendable {
        private let temporary: TemporaryFolder
        let database: String
        let store: SQLiteStore
        let anna: CandidateID
        let boris: CandidateID

        init() throws {
            temporary = try TemporaryFolder("otbor-import")
            database = temporary.file("campaign.sqlite").path
            store = try SQLiteStore(path: database)
            anna = try store.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2026-11-01"), actor: "hr").id
            boris = try store.addCandidate(NewCandidate(name: "Борис Орлов", consentDate: "2026-11-01"), actor: "hr").id
        }

        var folder: URL { temporary.url }

        /// Runs `otbor interview import` in the temporary folder, with the repository's workspace.
        func importSheet(_ sheet: String, _ options: [String] = []) throws -> OtborProcess.Output {
            try OtborProcess.run(ImportCommandTests.command + [sheet] + options
                                     + ["--database", database, "--workspace", OtborProcess.repository.path, "--by", "hr"],
                                 in: folder)
        }

        func write(_ text: String, to name: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }

        /// Rows a failed import must leave as they were.
        func snapshot() throws -> [String] {
            try store.sessions().map { "session \($0.id) \($0.status.rawValue)" } + ["audit \(try store.auditLog().count)"]
        }
    }

    static let groupSheet = OtborProcess.repository.appendingPathComponent("Tests/Fixtures/scoresheets/real-group-exercise.yaml").path

    @Test("a scoresheet with errors exits 1, prints every error at its path:line:column and writes nothing")
    func brokenSheet() throws {
        let campaign = try Campaign()
        try campaign.write("""
            profile: senior-support-manager
            guide: manager-interview
            assessor: Ирина Смирнова
            sheets:
              - candidate: Анна Петрва
                answers:
                  outstanding-manager: 4
                  individual-developmnt-plan: 4
                  team-members-in-conflict: {rating: 7, note: "Ожидания в вилке"}

            """, to: "sheet.yaml")
        let before = try campaign.snapshot()
        let output = try campaign.importSheet("sheet.yaml")
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr.split(separator: "\n").map(String.init) == [
            "sheet.yaml:5:16: error: нет кандидата с именем «Анна Петрва»; возможно, имелся в виду «Анна Петрова»?",
            "sheet.yaml:8:7: error: неизвестный шаг «individual-developmnt-plan» в сценарии «manager-interview»; возможно, имелся в виду «individual-development-plan»?",
            "sheet.yaml:9:42: error: оценка 7 для «team-members-in-conflict» вне шкалы; пишите оценку 1–5 или n (не оценено)",
            "sheet.yaml: 3 ошибки; ничего не импортировано",
        ])
        #expect(try campaign.snapshot() == before)
        #expect(try campaign.store.sessions().isEmpty)
    }

    @Test("a good group scoresheet exits 0 and every score is in the database, submitted")
    func goodSheet() throws {
        let campaign = try Campaign()
        let output = try campaign.importSheet(Self.groupSheet, ["--format", "json"])
        #expect(output.status == 0)
        #expect(output.stderr.contains("real-group-exercise.yaml:17:5: warning: шагов без ответа: 3; они считаются неоценёнными: "
            + "team-disagreements, usual-team-role, own-contribution\n"))
        let json = try #require(try output.json() as? [String: Any])
        let sessions = try #require(json["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["candidate"] as? Int64 } == [campaign.anna.rawValue, campaign.boris.rawValue])
        #expect(sessions.map { $0["answers"] as? Int } == [7, 4])
        let ids = sessions.compactMap { ($0["id"] as? NSNumber)?.int64Value }.map { SessionID($0) }
        #expect(ids.count == 2)

        let anna = try campaign.store.answers(session: ids[0])
        #expect(anna.ratings == ["chat-wait-time/activity": 4, "chat-wait-time/listening": 5,
                                 "chat-wait-time/constructiveness": 4, "chat-wait-time/leadership": 3,
                                 "team-disagreements": 4, "usual-team-role": Int?.none, "own-contribution": 4])
        #expect(try campaign.store.notes(session: ids[0])["chat-wait-time/listening"]
                == "Пересказала предложения других перед своим")
        let stored = try ids.map { try campaign.store.session($0) }
        #expect(stored.allSatisfy { $0.status == .submitted && $0.guide == "group-exercise" && $0.assessor == "Ольга Кузнецова" })
        #expect(stored.allSatisfy { StoreTime.format($0.startedAt).hasPrefix("2026-11-20") })
        #expect(stored[0].groupRun != nil && stored[0].groupRun == stored[1].groupRun)
        let evidence = try campaign.store.evidence(profile: "senior-support-manager", candidate: campaign.boris)
        #expect(evidence.first?.redFlags == ["interrupts-criticises"])
    }

    @Test("importing the same sheet twice is refused at each candidate and writes nothing more")
    func secondImport() throws {
        let campaign = try Campaign()
        #expect(try campaign.importSheet(Self.groupSheet).status == 0)
        let before = try campaign.snapshot()
        let output = try campaign.importSheet(Self.groupSheet)
        #expect(output.status == 1)
        let errors = output.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 2)
        #expect(errors.first?.hasSuffix("real-group-exercise.yaml:7:16: error: у асессора Ольга Кузнецова уже есть сессия 1 с кандидатом "
            + "\(campaign.anna) (Анна Петрова) по сценарию «group-exercise»; асессор оценивает кандидата по сценарию один раз") == true)
        #expect(try campaign.snapshot() == before)
    }

    @Test("--dry-run checks a good sheet and writes nothing")
    func dryRun() throws {
        let campaign = try Campaign()
        let output = try campaign.importSheet(Self.groupSheet, ["--dry-run"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("будет импортировано 2 сессии по сценарию group-exercise"))
        #expect(output.stdout.contains("пробный прогон: ничего не записано"))
        #expect(try campaign.store.sessions().isEmpty)
    }
}
