import Foundation
import OtborCore
import OtborStore
import OtborStoreSQLite
import OtborTestSupport

/// A campaign database in a temporary folder for the people commands (candidates, decide,
/// export, retention), with a small profile and guide (two questions, then a role-play checklist,
/// a case classification and a working-day plan) to open sessions through the store.
final class PeopleFixture: @unchecked Sendable {
    static let guide = ScreenContent.guide([
        ScreenContent.question("q1", .behavioural, "Вопрос 1", competencies: ["empathy"]),
        ScreenContent.question("q2", .situational, "Вопрос 2", competencies: ["planning"]),
        ScreenContent.rolePlay("rp", checklist: [("greets", "Здоровается"), ("names-feeling", "Называет чувство")]),
        GuideItem(id: "case", content: .caseTask(CaseTask(
            title: LocalizedText(ru: "Кейс"), statement: LocalizedText(ru: "Условие"), criteria: [],
            classification: CaseTask.Classification(
                id: "responsibility", text: LocalizedText(ru: "Ответственность"), competency: "planning",
                options: [.init(id: "adequate", text: LocalizedText(ru: "В меру"), rating: 5),
                          .init(id: "over", text: LocalizedText(ru: "Сверх"), rating: 3)])))),
        GuideItem(id: "day", content: .workingDay(WorkingDayTask(
            title: LocalizedText(ru: "День"), statement: LocalizedText(ru: "План"), dayStart: ClockTime("09:00")!,
            dayEnd: ClockTime("18:00")!,
            tasks: [.init(id: "call", text: LocalizedText(ru: "Звонок"), kind: .work, importance: 3, minutes: 30),
                    .init(id: "report", text: LocalizedText(ru: "Отчёт"), kind: .work, importance: 1, minutes: 60)],
            rules: WorkingDayTask.Rules(), competencies: [CompetencyWeight(competency: "planning", weight: 1)]))),
    ])

    /// The same guide with two screening facts after its items (an option fact and the salary amount).
    static let guideWithFacts: InterviewGuide = {
        var guide = PeopleFixture.guide
        guide.items += [
            GuideItem(id: "experience", content: .fact(ScreeningFact(
                topic: .managementExperience, text: LocalizedText(ru: "Руководили?"),
                options: [.init(id: "never", text: LocalizedText(ru: "Нет"), verdict: .fail, reason: LocalizedText(ru: "Не руководил")),
                          .init(id: "years", text: LocalizedText(ru: "Да"), verdict: .pass, reason: LocalizedText(ru: "Руководил"))]))),
            GuideItem(id: "salary", content: .fact(ScreeningFact(topic: .salary, text: LocalizedText(ru: "Сколько?")))),
        ]
        return guide
    }()

    static let profile = ScreenContent.profile(stages: ["screen", "hr"])

    private let temporary: TemporaryFolder
    let path: String
    let store: SQLiteStore

    var folder: URL { temporary.url }

    init() throws {
        temporary = try TemporaryFolder("otbor-people")
        path = temporary.file("people.sqlite").path
        store = try SQLiteStore(path: path)
    }

    @discardableResult
    func add(_ name: String, notes: String? = nil, consent: String = "2025-01-10") throws -> CandidateID {
        try store.addCandidate(NewCandidate(name: name, consentDate: consent, notes: notes), actor: "hr").id
    }

    /// Opens a session of the small guide and records `answers` (step, value, note) in it.
    @discardableResult
    func session(_ candidate: CandidateID, assessor: String = "Ирина", submit: Bool = false, guide: InterviewGuide = PeopleFixture.guide,
                 answers: [(InterviewStep, RecordedAnswer.Value, String)]) throws -> SessionID {
        let session = try store.startSession(candidate: candidate, profile: Self.profile, guide: guide, assessor: assessor)
        for (step, value, note) in answers {
            try store.record(RecordedAnswer(step: step, value: value, note: note), session: session.id)
        }
        if submit { try store.submit(session: session.id) }
        return session.id
    }

    /// Every byte of the database file and its WAL.
    func fileBytes() throws -> Data {
        try SQLiteFiles.bytes(atPath: path)
    }

    /// Whether the UTF-8 bytes of `text` occur anywhere in the database file or its WAL.
    func fileContains(_ text: String) throws -> Bool {
        try fileBytes().range(of: Data(text.utf8)) != nil
    }

    /// Runs `otbor` against this database and the repository's workspace, with `input` on
    /// standard input (never a terminal), in English unless the arguments give `--lang`.
    func run(_ arguments: [String], input: String = "") throws -> OtborProcess.Output {
        try OtborProcess.run(arguments + ["--database", path, "--workspace", OtborProcess.repository.path] + English.unless(arguments),
                             in: folder, input: input)
    }
}
