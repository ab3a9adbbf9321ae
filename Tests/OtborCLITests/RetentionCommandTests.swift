import Foundation
import OtborCore
import OtborStore
import Testing

/// `otbor retention`, run as a process.
struct RetentionCommandTests {
    /// Five candidates whose deadlines (withdrawal + 30 days) lie around 2025-02-10.
    func campaign() throws -> (PeopleFixture, [String: CandidateID]) {
        let fixture = try PeopleFixture()
        var ids: [String: CandidateID] = [:]
        let withdrawals: [(String, String?)] = [
            ("Аркадий Долгов", "2025-01-01"),   // deadline 01-31: overdue by 10 days
            ("Богдана Сроки", "2025-01-10"),    // deadline 02-09: overdue by 1 day
            ("Валентин Сегодня", "2025-01-11"), // deadline 02-10: due today, not overdue
            ("Галина Скоро", "2025-01-18"),     // deadline 02-17: 7 days left
            ("Денис Позже", "2025-01-19"),      // deadline 02-18: 8 days left, not listed
            ("Елена Бессрочная", nil),          // no deadline
        ]
        for (name, withdrawal) in withdrawals {
            let id = try fixture.add(name, notes: "заметка о \(name)", consent: "2024-12-01")
            if let withdrawal { try fixture.store.withdrawConsent(candidate: id, on: CalendarDate(withdrawal)!, actor: "dpo") }
            ids[name] = id
        }
        return (fixture, ids)
    }

    @Test("retention --today lists the overdue candidates and those due within 7 days, with days remaining")
    func list() throws {
        let (fixture, ids) = try campaign()
        let output = try fixture.run(["retention", "--today", "2025-02-10", "--format", "json"])
        #expect(output.status == 0)
        let json = try #require(try output.json() as? [String: Any])
        let overdue = try #require(json["overdue"] as? [[String: Any]])
        let dueSoon = try #require(json["dueSoon"] as? [[String: Any]])
        #expect(overdue.map { $0["id"] as? Int } == [Int(ids["Аркадий Долгов"]!.rawValue), Int(ids["Богдана Сроки"]!.rawValue)])
        #expect(overdue.map { $0["daysLeft"] as? Int } == [-10, -1])
        #expect(overdue.map { $0["destroyBy"] as? String } == ["2025-01-31", "2025-02-09"])
        #expect(overdue.first?["event"] as? String == "consent-withdrawn")
        #expect(dueSoon.map { $0["name"] as? String } == ["Валентин Сегодня", "Галина Скоро"])
        #expect(dueSoon.map { $0["daysLeft"] as? Int } == [0, 7])
        #expect(json["erased"] == nil)
        #expect(try fixture.store.candidates().count == 6)

        let text = try fixture.run(["retention", "--today", "2025-02-10"])
        #expect(text.stdout.contains("Past the retention deadline on 10 February 2025 (2):"))
        #expect(text.stdout.contains("overdue by 10 days") && text.stdout.contains("due today") && text.stdout.contains("7 days left"))
        #expect(!text.stdout.contains("Денис") && !text.stdout.contains("Елена"))
        #expect(text.stdout.contains("otbor retention --apply"))
    }

    @Test("retention --apply erases exactly the overdue candidates and leaves no trace of them")
    func apply() throws {
        let (fixture, ids) = try campaign()
        let output = try fixture.run(["retention", "--apply", "--today", "2025-02-10", "--by", "cron"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Erased 2 candidates (ids \(ids["Аркадий Долгов"]!), \(ids["Богдана Сроки"]!))"))
        #expect(!output.stdout.contains("Аркадий") && !output.stdout.contains("Богдана"))
        let left = Set(try fixture.store.candidates().map(\.name))
        #expect(left == ["Валентин Сегодня", "Галина Скоро", "Денис Позже", "Елена Бессрочная"])
        for secret in ["Аркадий", "Долгов", "Богдана", "заметка о Богдана Сроки"] {
            #expect(try !fixture.fileContains(secret), "\(secret) is still in the file")
        }
        #expect(try fixture.fileContains("Валентин Сегодня"))
        let erasures = try fixture.store.auditLog().filter { $0.action.rawValue == "candidate.erase" }
        #expect(erasures.map(\.detail) == ["retention", "retention"] && erasures.allSatisfy { $0.actor == "cron" })
        #expect(Set(erasures.map(\.subject)) == ["candidate:\(ids["Аркадий Долгов"]!)", "candidate:\(ids["Богдана Сроки"]!)"])

        let again = try #require(try fixture.run(["retention", "--apply", "--today", "2025-02-10", "--format", "json"]).json() as? [String: Any])
        #expect((again["erased"] as? [Any])?.isEmpty == true)
        #expect((again["overdue"] as? [Any])?.isEmpty == true)
    }

    @Test("--apply refuses a --today in the future: a preview day must not erase anyone whose deadline has not come")
    func applyRefusesFutureDay() throws {
        let (fixture, _) = try campaign()
        let output = try fixture.run(["retention", "--apply", "--today", "2999-01-01"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--today 2999-01-01 lies in the future"))
        #expect(output.stderr.contains("without --apply"))
        #expect(try fixture.store.candidates().count == 6)
        let preview = try fixture.run(["retention", "--today", "2999-01-01"])
        #expect(preview.status == 0, "\(preview.stderr)")
    }

    @Test("a wrong --today is a usage error", arguments: ["2025-02-29", "tomorrow", "2025-2-1"])
    func badDay(_ day: String) throws {
        let (fixture, _) = try campaign()
        let output = try fixture.run(["retention", "--apply", "--today", day])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--today '\(day)' is not a date; use yyyy-mm-dd"))
        #expect(try fixture.store.candidates().count == 6)
    }
}
