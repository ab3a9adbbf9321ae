import Foundation
import OtborCore
import OtborStore
import Testing

/// `otbor export`, run as a process.
struct ExportCommandTests {
    let q1 = InterviewStep(item: "q1", kind: .rating(criterion: nil))
    let q2 = InterviewStep(item: "q2", kind: .rating(criterion: nil))
    let checklist = InterviewStep(item: "rp", kind: .checklist)
    let classification = InterviewStep(item: "case", kind: .classification("responsibility"))
    let plan = InterviewStep(item: "day", kind: .plan)
    let salary = InterviewStep(item: "salary", kind: .fact)
    let experience = InterviewStep(item: "experience", kind: .fact)
    static let multiline = "a,b \"q\"\nline2"

    /// Four candidates whose names start like formulas, each with answers, and one without.
    func campaign() throws -> PeopleFixture {
        let fixture = try PeopleFixture()
        let first = try fixture.store.addCandidate(NewCandidate(
            name: "=SUM(A1)", email: "sum@example.com", phone: "+7 900 000-00-01", source: "hh.ru",
            consentDate: "2025-01-10", fairnessGroup: "М", notes: "@cmd в заметке"), actor: "hr").id
        try fixture.session(first, submit: true, guide: PeopleFixture.guideWithFacts, answers: [
            (q1, .rating(4), "+1 отлично"), (q2, .rating(nil), "-2 минус"),
            (checklist, .checklist(["names-feeling", "greets"]), "@cmd"),
            (classification, .classification("over"), "\tTAB"),
            (plan, .plan(WorkingDayPlan(entries: [.init(task: "call", kept: true, minutes: 30),
                                                  .init(task: "report", kept: false, minutes: 0)])), Self.multiline),
            (salary, .fact(.amount(150_000)), "в вилке"), (experience, .fact(.option("never")), ""),
        ])
        try fixture.store.recordConsensus(candidate: first, profile: "ssm",
                                          consensus: Consensus(stage: "screen", competency: "empathy", value: 3.5, rationale: "=согласовано")!,
                                          actor: "hm")
        try fixture.store.recordDecision(candidate: first, profile: "ssm", decision: .hold, reason: "-ждём", actor: "hm")
        for (name, note) in [("+1 Иванов", "=HYPERLINK(\"http://x\")"), ("-2 Петров", "обычная"), ("@cmd Сидоров", "\rCR")] {
            let id = try fixture.add(name)
            try fixture.session(id, answers: [(q1, .rating(3), note)])
        }
        try fixture.add("Без Ответов")
        return fixture
    }

    @Test("export csv writes one row per answer, neutralises formula cells and quotes per RFC 4180, mode 0600")
    func csv() throws {
        let fixture = try campaign()
        let out = fixture.folder.appendingPathComponent("export.csv").path
        let output = try fixture.run(["export", "--format", "csv", "--out", out])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("wrote 5 candidates, 10 answer rows"))
        #expect(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int == 0o600)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"'\(Self.multiline.replacingOccurrences(of: "\"", with: "\"\""))\"") == false)
        #expect(text.contains("\"\(Self.multiline.replacingOccurrences(of: "\"", with: "\"\""))\""))
        let rows = try #require(Self.parse(text))
        #expect(rows.first == ["candidate id", "candidate name", "profile", "guide", "assessor", "session status",
                               "step", "value", "note", "answered at"])
        #expect(rows.count == 11)
        #expect(rows.allSatisfy { $0.count == 10 })
        for cell in rows.joined() {
            #expect(!(cell.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false), "\(cell) would run as a formula")
        }
        #expect(Set(rows.map { $0[1] }) == ["candidate name", "'=SUM(A1)", "'+1 Иванов", "'-2 Петров", "'@cmd Сидоров"])
        let first = Dictionary(uniqueKeysWithValues: rows.filter { $0[1] == "'=SUM(A1)" }.map { ($0[6], $0) })
        #expect(first["q1"]?[7] == "4" && first["q1"]?[8] == "'+1 отлично")
        #expect(first["q2"]?[7] == "not assessed" && first["q2"]?[8] == "'-2 минус")
        #expect(first["rp#checklist"]?[7] == "greets; names-feeling" && first["rp#checklist"]?[8] == "'@cmd")
        #expect(first["case#responsibility"]?[7] == "over" && first["case#responsibility"]?[8] == "'\tTAB")
        #expect(first["day#plan"]?[7] == "call 30 min; report dropped" && first["day#plan"]?[8] == Self.multiline)
        #expect(first["q1"]?[2] == "ssm" && first["q1"]?[3] == "screen" && first["q1"]?[4] == "Ирина" && first["q1"]?[5] == "submitted")
        let notes = rows.map { $0[8] }
        #expect(notes.contains("'=HYPERLINK(\"http://x\")") && notes.contains("'\rCR"))
    }

    @Test("export json holds every value as stored, round-tripping names and notes that look like formulas")
    func json() throws {
        let fixture = try campaign()
        let out = fixture.folder.appendingPathComponent("export.json").path
        let output = try fixture.run(["export", "--format", "json", "--out", out])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int == 0o600)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        #expect(document["format"] as? String == "otbor-export/2")
        let candidates = try #require(document["candidates"] as? [[String: Any]])
        #expect(candidates.map { $0["name"] as? String } == ["=SUM(A1)", "+1 Иванов", "-2 Петров", "@cmd Сидоров", "Без Ответов"])
        let first = candidates[0]
        #expect(first["email"] as? String == "sum@example.com" && first["phone"] as? String == "+7 900 000-00-01")
        #expect(first["notes"] as? String == "@cmd в заметке" && first["group"] as? String == "М" && first["consentDate"] as? String == "2025-01-10")
        let application = try #require((first["applications"] as? [[String: Any]])?.first)
        #expect(application["profile"] as? String == "ssm")
        let session = try #require((application["sessions"] as? [[String: Any]])?.first)
        #expect(session["guide"] as? String == "screen" && session["assessor"] as? String == "Ирина" && session["status"] as? String == "submitted")
        let ratings = Dictionary(uniqueKeysWithValues: (session["ratings"] as? [[String: Any]] ?? []).map { ($0["step"] as? String ?? "", $0) })
        #expect(ratings["q1"]?["score"] as? Int == 4 && ratings["q1"]?["note"] as? String == "+1 отлично")
        #expect(ratings["q2"]?["score"] is NSNull && ratings["q2"]?["note"] as? String == "-2 минус")
        let ticks = try #require((session["checklists"] as? [[String: Any]])?.first)
        #expect(ticks["step"] as? String == "rp#checklist" && ticks["ticked"] as? [String] == ["greets", "names-feeling"] && ticks["note"] as? String == "@cmd")
        let options = try #require(session["classifications"] as? [[String: Any]])
        #expect(options.count == 1, "facts are not classifications")
        #expect(options[0]["step"] as? String == "case#responsibility" && options[0]["option"] as? String == "over" && options[0]["note"] as? String == "\tTAB")
        // Facts have their own key: an option id, or an amount as a number (salary).
        let facts = Dictionary(uniqueKeysWithValues: (session["facts"] as? [[String: Any]] ?? []).map { ($0["step"] as? String ?? "", $0) })
        #expect(facts.count == 2)
        #expect(facts["salary#fact"]?["amount"] as? Int == 150_000 && facts["salary#fact"]?["option"] is NSNull)
        #expect(facts["salary#fact"]?["note"] as? String == "в вилке")
        #expect(facts["experience#fact"]?["option"] as? String == "never" && facts["experience#fact"]?["amount"] is NSNull)
        let planned = try #require((session["plans"] as? [[String: Any]])?.first)
        #expect(planned["note"] as? String == Self.multiline && planned["plannedMinutes"] as? Int == 30)
        let entries = try #require(planned["entries"] as? [[String: Any]])
        #expect(entries.map { $0["task"] as? String } == ["call", "report"] && entries.map { $0["kept"] as? Bool } == [true, false])
        let consensus = try #require((application["consensus"] as? [[String: Any]])?.first)
        #expect(consensus["value"] as? Double == 3.5 && consensus["rationale"] as? String == "=согласовано" && consensus["competency"] as? String == "empathy")
        let decision = try #require((application["decisions"] as? [[String: Any]])?.first)
        #expect(decision["decision"] as? String == "hold" && decision["reason"] as? String == "-ждём" && decision["decidedBy"] as? String == "hm")
        #expect((candidates[4]["applications"] as? [Any])?.isEmpty == true)
        #expect(candidates[4]["disc"] is NSNull)
    }

    @Test("export to standard output, for one candidate")
    func oneCandidateToStdout() throws {
        let fixture = try campaign()
        let json = try fixture.run(["export", "--format", "json", "--candidate=-2 Петров"])
        #expect(json.status == 0, "\(json.stderr)")
        let candidates = try #require((try json.json() as? [String: Any])?["candidates"] as? [[String: Any]])
        #expect(candidates.map { $0["name"] as? String } == ["-2 Петров"])
        let csv = try fixture.run(["export", "--format", "csv", "--candidate", "3"])
        #expect(csv.stdout == "candidate id,candidate name,profile,guide,assessor,session status,step,value,note,answered at\r\n"
            + "3,'-2 Петров,ssm,screen,Ирина,open,q1,3,обычная,\(StoreTime.format(try fixture.store.dossier(candidate: 3).applications[0].sessions[0].answers[0].answeredAt))\r\n")
    }

    @Test("export needs --format json or csv", arguments: [[], ["--format", "xml"], ["--format", "csv", "--out", "/nonexistent-folder/x.csv"]])
    func usage(_ arguments: [String]) throws {
        let fixture = try campaign()
        let output = try fixture.run(["export"] + arguments)
        #expect(output.status == 2)
        #expect(output.stderr.contains("csv"))
    }

    /// Parses RFC 4180 text (CRLF records, quoted fields); `nil` when it is malformed.
    static func parse(_ text: String) -> [[String]]? {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, wasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                guard field.isEmpty, !wasQuoted else { return nil }
                quoted = true
                wasQuoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
                wasQuoted = false
            } else if scalar == "\r" {
                guard scalars.popFirst() == "\n" else { return nil }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                wasQuoted = false
            } else {
                guard scalar != "\n" else { return nil }
                field.unicodeScalars.append(scalar)
            }
        }
        return quoted || !row.isEmpty || !field.isEmpty ? nil : rows
    }
}
