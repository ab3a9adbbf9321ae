import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// `otbor candidates add | list | show | erase | withdraw-consent`, run as a process.
struct CandidatesCommandTests {
    let q1 = InterviewStep(item: "q1", kind: .rating(criterion: nil))
    let q2 = InterviewStep(item: "q2", kind: .rating(criterion: nil))

    @Test("add prints the new id; list and show give the stored values as text")
    func addListShowText() throws {
        let fixture = try PeopleFixture()
        let added = try fixture.run(["candidates", "add", "Анна Петрова", "--email", "anna.p@example.com", "--phone", "+7 912 345-67-89",
                                     "--source", "hh.ru", "--consent-date", "2025-03-01", "--group", "Ж", "--notes", "звонить после 18:00",
                                     "--by", "hr-olga"])
        #expect(added.status == 0)
        #expect(added.stdout == "candidate 1 added: Анна Петрова\n")
        let stored = try fixture.store.candidate("1")
        #expect(stored.email == "anna.p@example.com" && stored.phone == "+7 912 345-67-89" && stored.source == "hh.ru")
        #expect(stored.consentDate.description == "2025-03-01" && stored.fairnessGroup == "Ж" && stored.notes == "звонить после 18:00")
        #expect(try fixture.store.auditLog().map(\.actor) == ["hr-olga"])

        try fixture.session(1, submit: true, answers: [(q1, .rating(4), "пример"), (q2, .rating(3), "")])
        try fixture.store.withdrawConsent(candidate: 1, on: CalendarDate("2025-04-01")!, actor: "dpo")
        let list = try fixture.run(["candidates", "list"])
        #expect(list.status == 0)
        let row = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("1 ") })
        for cell in ["Анна Петрова", "hh.ru", "withdrawn 1 April 2025", "ssm 1/2", "1 May 2025 (overdue by"] {
            #expect(row.contains(cell), "\(cell) is missing from \(row)")
        }

        let show = try fixture.run(["candidates", "show", "Анна Петрова"])
        #expect(show.status == 0)
        for text in ["Candidate 1: Анна Петрова", "anna.p@example.com", "+7 912 345-67-89", "given 1 March 2025, withdrawn 1 April 2025",
                     "Ж (stated by the candidate", "звонить после 18:00", "destroy by 1 May 2025 (30 days after the withdrawal of consent on 1 April 2025)",
                     "overdue by", "ssm (opened", "screen", "Ирина", "submitted"] {
            #expect(show.stdout.contains(text), "\(text) is missing from:\n\(show.stdout)")
        }
    }

    @Test("add, list and show with --format json give the real values")
    func addListShowJSON() throws {
        let fixture = try PeopleFixture()
        let added = try fixture.run(["candidates", "add", "Борис Ким", "--email", "b.kim@mail.ru", "--consent-date", "2025-02-03",
                                     "--format", "json"])
        #expect(added.status == 0)
        let record = try #require(try added.json() as? [String: Any])
        #expect(record["id"] as? Int == 1 && record["name"] as? String == "Борис Ким")
        #expect(record["email"] as? String == "b.kim@mail.ru" && record["consentDate"] as? String == "2025-02-03")
        #expect(record["phone"] is NSNull && record["retentionDeadline"] is NSNull)

        let session = try fixture.session(1, answers: [(q1, .rating(5), "отличный пример"), (q2, .rating(nil), "")])
        try fixture.store.recordDecision(candidate: 1, profile: "ssm", decision: .reject, reason: "слабый скрининг", actor: "hm")

        let list = try #require(try fixture.run(["candidates", "list", "--format", "json"]).json() as? [[String: Any]])
        #expect(list.count == 1)
        let applications = try #require(list[0]["applications"] as? [[String: Any]])
        #expect(applications.first?["profile"] as? String == "ssm")
        #expect(applications.first?["stagesDone"] as? Int == 0 && applications.first?["stagesPlanned"] as? Int == 2)
        #expect(applications.first?["sessionsOpen"] as? Int == 1)
        #expect((29...30).contains(list[0]["daysLeft"] as? Int ?? 0))

        let show = try #require(try fixture.run(["candidates", "show", "1", "--format", "json"]).json() as? [String: Any])
        #expect(show["name"] as? String == "Борис Ким")
        let application = try #require((show["applications"] as? [[String: Any]])?.first)
        let sessionJSON = try #require((application["sessions"] as? [[String: Any]])?.first)
        #expect(sessionJSON["id"] as? Int == Int(session.rawValue))
        #expect(sessionJSON["guide"] as? String == "screen" && sessionJSON["assessor"] as? String == "Ирина")
        #expect(sessionJSON["status"] as? String == "open")
        let ratings = try #require(sessionJSON["ratings"] as? [[String: Any]])
        #expect(ratings.map { $0["step"] as? String } == ["q1", "q2"])
        #expect(ratings[0]["score"] as? Int == 5 && ratings[0]["note"] as? String == "отличный пример")
        #expect(ratings[1]["score"] is NSNull)
        let decision = try #require((application["decisions"] as? [[String: Any]])?.first)
        #expect(decision["decision"] as? String == "reject" && decision["reason"] as? String == "слабый скрининг")
        let retention = try #require(show["retention"] as? [String: Any])
        #expect(retention["event"] as? String == "decision-communicated")
        #expect((29...30).contains(retention["daysLeft"] as? Int ?? 0) && retention["overdue"] as? Bool == false)
    }

    @Test("wrong input is a usage error (exit 2) that says what is accepted, and nothing is written", arguments: [
        (["candidates", "add", "Вера", "--email", "vera.example.com"], "is not an e-mail address"),
        (["candidates", "add", "Вера", "--email", "vera@@example.com"], "one @"),
        (["candidates", "add", "Вера", "--email", "vera@example"], "a domain with a dot"),
        // The message names the rule a@b.c breaks: a last part of one character.
        (["candidates", "add", "Вера", "--email", "a@b.c"], "'a@b.c' is not an e-mail address; use an address like name@example.com: one @, no spaces, a domain with a dot whose last part has at least 2 characters"),
        (["candidates", "add", "Вера", "--consent-date", "2025-02-30"], "use yyyy-mm-dd"),
        (["candidates", "add", "Вера", "--consent-date", "01.02.2025"], "use yyyy-mm-dd"),
        (["candidates", "add", "Вера", "--consent-date", "2999-01-01"], "lies in the future"),
        (["candidates", "add", "Вера", "--phone", "call me"], "is not a phone number"),
        (["candidates", "add", "  "], "NAME is empty"),
        // Only combining marks and format characters: nothing a reader could see (Core's TextField).
        (["candidates", "add", "\u{301}\u{301}\u{200B}"], "it has no visible character (only marks, spaces or direction controls)"),
        (["candidates", "add", "\u{202E}\u{2066}"], "it has no visible character"),
        (["candidates", "add", "Вера\nВторая строка"], "control character U+000A at line 1, column 5; give one line of text"),
        (["candidates", "add", "\u{301}\u{301}\u{202E}"], "NAME is refused: it has no visible character"),
        (["candidates", "add", String(repeating: "Я", count: 201)], "it is 201 characters long; the most is 200"),
        (["candidates", "add", "Вера", "--notes", "до\u{1B}[Aпосле"], "--notes is refused: it holds the control character U+001B at line 1, column 3"),
        (["candidates", "withdraw-consent", "1", "--on", "2025-13-01"], "use yyyy-mm-dd"),
        (["candidates", "withdraw-consent", "1", "--on", "2024-12-31"], "before the consent was given"),
        (["candidates", "list", "--format", "xml"], "text"),
        (["candidates", "erase", "1"], "needs --yes"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let fixture = try PeopleFixture()
        try fixture.add("Существующий Кандидат")
        let output = try fixture.run(arguments)
        #expect(output.status == 2)
        #expect(output.stderr.contains(message), "stderr: \(output.stderr)")
        #expect(try fixture.store.candidates().map(\.name) == ["Существующий Кандидат"])
        #expect(try fixture.store.candidate("1").consentWithdrawn == nil)
        #expect(try fixture.store.auditLog().count == 1)
    }

    @Test("names and free text may begin with a hyphen or look like formulas; they are stored as typed")
    func hyphens() throws {
        let fixture = try PeopleFixture()
        let output = try OtborProcess.run(["candidates", "add", "--database", fixture.path, "--workspace", OtborProcess.repository.path,
                                           "--notes", "-2 балла за опоздание", "--source", "=HYPERLINK()", "--", "-Дефис Именович"])
        #expect(output.status == 0, "\(output.stderr)")
        let stored = try fixture.store.candidate("1")
        #expect(stored.name == "-Дефис Именович" && stored.notes == "-2 балла за опоздание" && stored.source == "=HYPERLINK()")
    }

    @Test("an unknown candidate is an error (exit 1) naming the command that lists them")
    func unknownCandidate() throws {
        let fixture = try PeopleFixture()
        let output = try fixture.run(["candidates", "show", "42"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("error: no candidate '42'") && output.stderr.contains("otbor candidates list"))
    }

    @Test("erase leaves no trace of the name, notes or answers in the file or its WAL; others stay; the audit log is anonymous")
    func erase() throws {
        let fixture = try PeopleFixture()
        let keep = try fixture.add("Ольга Смирнова", notes: "ОСТАЁТСЯ-В-БАЗЕ")
        let gone = try fixture.add("Зиновий Эрастович", notes: "ПРИМЕТНАЯ-ЗАМЕТКА-7731")
        try fixture.store.withdrawConsent(candidate: gone, on: CalendarDate("2025-02-01")!, actor: "dpo")
        try fixture.session(gone, submit: true, answers: [(q1, .rating(4), "СЛЕД-ДОКАЗАТЕЛЬСТВА-5521")])
        try fixture.store.recordDecision(candidate: gone, profile: "ssm", decision: .reject, reason: "ПРИЧИНА-ОТКАЗА-9090", actor: "hm")
        for secret in ["Зиновий", "ПРИМЕТНАЯ-ЗАМЕТКА-7731", "СЛЕД-ДОКАЗАТЕЛЬСТВА-5521"] {
            #expect(try fixture.fileContains(secret), "the test must see \(secret) before the erasure")
        }

        let output = try fixture.run(["candidates", "erase", gone.description, "--yes", "--by", "dpo-anna"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("candidate \(gone) erased"))
        #expect(!output.stdout.contains("Зиновий"))
        for secret in ["Зиновий", "Эрастович", "ПРИМЕТНАЯ-ЗАМЕТКА-7731", "СЛЕД-ДОКАЗАТЕЛЬСТВА-5521", "ПРИЧИНА-ОТКАЗА-9090"] {
            #expect(try !fixture.fileContains(secret), "\(secret) is still in the database file or its WAL")
        }
        #expect(try fixture.fileContains("Ольга Смирнова"))
        #expect(try fixture.fileContains("ОСТАЁТСЯ-В-БАЗЕ"))
        #expect(try fixture.store.candidates().map(\.id) == [keep])
        let audit = try fixture.store.auditLog()
        #expect(!audit.contains { "\($0.actor) \($0.action) \($0.subject) \($0.detail)".contains("Зиновий") || "\($0)".contains("Смирнова") })
        let tombstone = try #require(audit.last)
        #expect(tombstone.action == .candidateErase && tombstone.subject == "candidate:\(gone)")
        #expect(tombstone.actor == "dpo-anna" && tombstone.detail == "request")
        #expect(try fixture.store.integrityCheck() == "ok")
    }

    @Test("withdraw-consent records the day and sets the deadline 30 days later")
    func withdrawConsent() throws {
        let fixture = try PeopleFixture()
        try fixture.add("Вера Орлова", consent: "2025-01-10")
        let output = try fixture.run(["candidates", "withdraw-consent", "Вера Орлова", "--on", "2025-03-05", "--format", "json"])
        #expect(output.status == 0)
        let json = try #require(try output.json() as? [String: Any])
        #expect(json["consentWithdrawn"] as? String == "2025-03-05")
        #expect(json["retentionDeadline"] as? String == "2025-04-04")
        #expect(try fixture.store.candidate("1").retentionDeadline?.description == "2025-04-04")
        let again = try fixture.run(["candidates", "withdraw-consent", "1"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already withdrew consent on 5 March 2025"))
    }

    @Test("every people command explains itself in --help", arguments: [
        ["candidates"], ["candidates", "add"], ["candidates", "list"], ["candidates", "show"], ["candidates", "erase"],
        ["candidates", "withdraw-consent"], ["decide"], ["export"], ["retention"],
    ])
    func help(_ command: [String]) throws {
        let output = try OtborProcess.run(command + ["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("OVERVIEW:") && output.stdout.count > 400)
    }
}
