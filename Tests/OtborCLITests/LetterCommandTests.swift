import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// `otbor letter`, run as a process on the demo campaign: what each letter says and leaves out,
/// the refusals, the escaped HTML in a private file, and the audit line.
@Suite("otbor letter", .serialized)
struct LetterCommandTests {
    static let ids = RunnerFixture.library.competencies.map(\.id).filter { $0.contains("-") }

    func run(_ demo: DemoCampaignFixture, _ arguments: [String], in folder: URL = FileManager.default.temporaryDirectory) throws
        -> OtborProcess.Output {
        try OtborProcess.run(["letter"] + arguments + ["--database", demo.path, "--workspace", OtborProcess.repository.path, "--by", "hr-irina"] + English.unless(arguments),
                             in: folder)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let arguments: [String], contains: [String], omits: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let rows: [Row] = [
        // Failed the hurdle after every stage: strengths and areas by name, with the development text.
        Row(arguments: ["rejection", "--candidate", "Ольга Никитина", "--lang", "ru"],
            contains: ["Тема: Ваша кандидатура на позицию «Старший менеджер по сопровождению»", "Здравствуйте, Ольга Никитина!",
                       "– Работа в команде", "– Наставничество и развитие сотрудников: составляет план адаптации", "152-ФЗ"],
            omits: ["Артём", "Максим", "Анастасия", "3,0", "2,5", "место", "Внутрен"]),
        // Stopped by screening facts: the conditions in plain words, the salary without the band.
        Row(arguments: ["screening-rejection", "--candidate", "Артём Григорьев", "--lang", "ru"],
            contains: ["– ожидания по заработной плате выше того, что мы можем предложить на этой позиции",
                       "– опыт руководства командой: не меньше года руководства группой от трёх человек"],
            omits: ["₽", "вилк", "Стоп-фактор", "вдвое"]),
        // An invitation to a named visit, in English: its stages with their minutes, what to bring, the consent line.
        Row(arguments: ["invitation", "--candidate", "Анастасия Кравец", "--visit", "call", "--when", "Monday 10:00"],
            contains: ["Subject: Invitation: telephone interview — Senior support manager", "When: Monday 10:00.",
                       "about 35\u{00A0}min in all", "– Phone screen — 20\u{00A0}min", "– Phone screen: senior manager module — 15\u{00A0}min", "Your phone and somewhere quiet", "152-FZ"],
            omits: ["phone-screen", "Тема"]),
        // The hired candidate's offer names the strengths.
        Row(arguments: ["offer", "--candidate", "Максим Белов"], contains: ["Subject: Job offer: Senior support manager", "24–48 hours"],
            omits: ["Ольга"]),
    ]

    @Test("each letter says what the rule gives and nothing it must not", arguments: rows)
    func letters(_ row: Row) async throws {
        let demo = try await DemoCampaignFixture()
        let output = try run(demo, row.arguments)
        #expect(output.status == 0, "\(output.stderr)")
        for text in row.contains { #expect(output.stdout.contains(text), "missing «\(text)» in \(output.stdout)") }
        for text in row.omits + Self.ids { #expect(!output.stdout.contains(text), "«\(text)» in \(output.stdout)") }
        let audit = try await demo.store.auditLog().filter { $0.action == .letterWrite }
        #expect(audit.count == 1 && audit[0].actor == "hr-irina" && audit[0].detail == row.arguments[0], "\(audit)")
    }

    @Test("a rejection of a candidate who passed is refused with the reason, and written with --force")
    func passedCandidate() async throws {
        let demo = try await DemoCampaignFixture()
        let refused = try run(demo, ["rejection", "--candidate", "Максим Белов"])
        #expect(refused.status == 2 && refused.stdout == "")
        #expect(refused.stderr.contains("passed the hurdle and every screening condition") && refused.stderr.contains("--force"), "\(refused.stderr)")
        let none = try await demo.store.auditLog().filter { $0.action == .letterWrite }
        #expect(none.isEmpty)
        let forced = try run(demo, ["rejection", "--candidate", "Максим Белов", "--force"])
        #expect(forced.status == 0 && forced.stdout.contains("What we think is worth developing further"), "\(forced.stderr)")
        let screening = try run(demo, ["screening-rejection", "--candidate", "Максим Белов"])
        #expect(screening.status == 2 && screening.stderr.contains("no failed screening condition"), "\(screening.stderr)")
        let newcomer = try demo.store.addCandidate(NewCandidate(name: "Новая Кандидатка", consentDate: "2026-12-01"), actor: "hr").id
        let unnamed = try run(demo, ["invitation", "--candidate", newcomer.description])
        #expect(unnamed.status == 2 && unnamed.stderr.contains("name the profile they applied for with --profile: client-support-manager"),
                "\(unnamed.stderr)")
        let first = try run(demo, ["invitation", "--candidate", newcomer.description, "--profile", "client-support-manager"])
        #expect(first.status == 0 && first.stdout.contains("– Phone screen — 20\u{00A0}min"), "\(first.stderr)")
        let visits = try run(demo, ["invitation", "--candidate", "Максим Белов"])
        #expect(visits.status == 2 && visits.stderr.contains("--visit: call, interview, assessment-centre"), "\(visits.stderr)")
    }

    @Test("--format html --out writes an escaped page only its owner can read, and says where")
    func html() async throws {
        let demo = try await DemoCampaignFixture()
        let folder = try TemporaryFolder("otbor-letter")
        let path = folder.file("letter.html").path
        let output = try run(demo, ["invitation", "--candidate", "Анастасия Кравец", "--visit", "interview", "--when", "<b>10:00</b> & \"A\"",
                                    "--format", "html", "--out", path], in: folder.url)
        #expect(output.status == 0 && output.stdout == "", "\(output.stderr)")
        #expect(output.stderr.contains(path))
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<ul><li>"))
        #expect(page.contains("&lt;b&gt;10:00&lt;/b&gt; &amp; &quot;A&quot;") && !page.contains("<b>10:00"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
