import Foundation
import OtborTestSupport
import Testing

/// The first commands, run as a process against the shipped workspace.
struct ContentCommandsTests {
    @Test("validate passes on the repository, finding it by walking up from a sub-folder")
    func validateRepository() throws {
        let output = try OtborProcess.run(["validate"], in: OtborProcess.repository.appendingPathComponent("Docs"))
        #expect(output.status == 0)
        #expect(output.stdout.contains("0 ошибок, "), "Russian by default, with the plural form of 0")
        #expect(!output.stdout.contains(": error:"))
    }

    @Test("validate exits 1 and prints the diagnostic for a broken workspace")
    func validateBroken() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: OtborProcess.repository.appendingPathComponent("Tests/Fixtures/minimal"), to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        try "id: phone\nkind: phone\ntitle: T\nduration: -5\nitems: []\n".write(
            to: root.appendingPathComponent("Interviews/phone.yaml"), atomically: true, encoding: .utf8)
        let output = try OtborProcess.run(["validate", "--workspace", root.path, "--format", "json"])
        #expect(output.status == 1)
        let json = try #require(try output.json() as? [String: Any])
        let lines = (json["diagnostics"] as? [[String: Any]] ?? []).map {
            "\($0["path"]!):\($0["line"]!):\($0["column"]!): \($0["message"]!)"
        }
        #expect(lines == [
            "Interviews/phone.yaml:4:11: 'duration' must be an integer from 1 to 1440, found -5",
            "Interviews/phone.yaml:5:8: 'items' must not be an empty list",
        ])
    }

    @Test("profiles show gives the reference profile as JSON scripts can rely on")
    func referenceProfileJSON() throws {
        let output = try OtborProcess.run(["profiles", "show", "senior-support-manager", "--format", "json"])
        #expect(output.status == 0)
        let profile = try #require(try output.json() as? [String: Any])
        let requirements = try #require(profile["requirements"] as? [[String: Any]])
        // Seed 000's twenty (6 managerial, 3 special, 11 personal), upselling (special) and, as
        // context, client orientation and teamwork (soft).
        #expect(requirements.count == 23)
        let groups = Dictionary(grouping: requirements) { $0["group"] as? String ?? "" }.mapValues(\.count)
        #expect(groups == ["managerial": 6, "special": 4, "personal": 11, "soft": 2])
        #expect(requirements.allSatisfy { ($0["level"] as? Int).map { (1...5).contains($0) } == true
            && ($0["weight"] as? Double ?? 0) > 0 && $0["critical"] is Bool && $0["competency"] is String })
        #expect(profile["disc"] as? String == "SC")
        let kpis = try #require(profile["kpis"] as? [[String: Any]])
        #expect(kpis.count == 4)
        let targets = kpis.compactMap { $0["target"] as? [String: Any] }
        #expect(targets.count == 1)
        #expect(targets.first?["value"] as? Double == 80)
        let functions = try #require(profile["functions"] as? [[String: Any]])
        #expect(functions.map { ($0["items"] as? [Any])?.count ?? 0 } == [13, 12])
        let process = try #require(profile["process"] as? [[String: Any]])
        let kinds = Set(process.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["phone", "hr", "case", "role-play", "group", "manager"]))
    }

    @Test("matrix shows every scored competency of the reference profile measured by two stages or more")
    func referenceMatrix() throws {
        let output = try OtborProcess.run(["matrix", "senior-support-manager", "--format", "json"])
        #expect(output.status == 0)
        let matrix = try #require(try output.json() as? [String: Any])
        let rows = try #require(matrix["rows"] as? [[String: Any]])
        #expect(rows.count == 23)
        // Nine are scored, the rest are context (`use: context`).
        #expect(rows.filter { $0["use"] as? String == "scored" }.map { $0["competency"] as? String } == [
            "execution-management", "mentoring", "decision-making", "english", "upselling", "service-vision",
            "negotiation-conflict", "stress-resistance", "responsibility"])
        #expect(rows.filter { $0["use"] as? String == "context" }.count == 14)
        // A scored requirement is measured by two stages or more; a context one (shown with its
        // evidence, never in S) by at least one, since an exercise rates at most five competencies.
        for row in rows {
            let stages = row["stages"] as? [String] ?? []
            let minimum = row["use"] as? String == "scored" ? 2 : 1
            #expect(stages.count >= minimum, "\(row["competency"] ?? "?") is measured by \(stages)")
        }
        let text = try OtborProcess.run(["matrix", "senior-support-manager"])
        #expect(text.stdout.contains("Каждая оцениваемая компетенция измеряется не менее чем на 2 этапах."))
        let english = try OtborProcess.run(["matrix", "senior-support-manager", "--lang", "en"])
        #expect(english.stdout.contains("Every scored competency is measured by at least 2 stages."))
    }

    @Test("unknown ids and bad options are usage errors (exit 2) that say what is accepted", arguments: [
        (["profiles", "show", "no-such-profile"], "известные профили:"),
        (["guides", "show", "nope", "--lang", "en"], "known guides:"),
        (["matrix", "nope"], "известные профили:"),
        (["profiles", "list", "--format", "xml"], "text"),
        (["validate", "--workspace", "/tmp"], "/tmp — не рабочая папка"),
    ])
    func usageErrors(_ arguments: [String], _ hint: String) throws {
        let output = try OtborProcess.run(arguments)
        #expect(output.status == 2)
        #expect(output.stderr.contains(hint))
    }

    @Test("lists name every profile and guide")
    func lists() throws {
        let profiles = try #require(try OtborProcess.run(["profiles", "list", "--format", "json"]).json() as? [[String: Any]])
        #expect(Set(profiles.compactMap { $0["id"] as? String }) == [
            "senior-support-manager", "client-support-manager", "head-of-service", "fitness-support-manager"])
        let guides = try OtborProcess.run(["guides", "list", "--lang", "en"])
        #expect(guides.status == 0)
        #expect(guides.stdout.contains("manager-interview"))
    }

    @Test("matrix and profiles show print the stages after the decision apart, and the hurdle's stated tolerance")
    func afterDecisionAndTolerance() throws {
        let matrix = try OtborProcess.run(["matrix", "head-of-service", "--lang", "en"])
        #expect(matrix.status == 0)
        #expect(matrix.stdout.contains("After the decision (recorded, never scored; apart from the stages and hours):\n"
            + "  • reference-check — Reference check, 30 min — With the candidate's written consent, before the offer\n"
            + "  • job-offer — Job offer, 30 min"))
        let json = try #require(try OtborProcess.run(["matrix", "head-of-service", "--format", "json"]).json() as? [String: Any])
        #expect(json["afterDecision"] as? [String] == ["reference-check", "job-offer"])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.first { $0["competency"] as? String == "leadership" }?["tolerance"] as? Double == 0.5)
        let profile = try OtborProcess.run(["profiles", "show", "head-of-service", "--lang", "en"])
        #expect(profile.stdout.contains("yes (τ 0.5)"))
        #expect(profile.stdout.contains("  • job-offer — Job offer, 30 min — After the reference check"))
        // A process stage's note is printed under it, where the assessor prepares.
        let senior = try OtborProcess.run(["profiles", "show", "senior-support-manager", "--lang", "en"])
        #expect(senior.stdout.contains("— HR interview\n       One meeting with the hiring manager's interview\n  2b. manager-interview"))
    }
}
