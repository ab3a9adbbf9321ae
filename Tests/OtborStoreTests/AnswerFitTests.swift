import Foundation
import OtborCore
import Testing
import OtborStore
import OtborTestSupport

/// `Store.record` refuses an answer that does not fit its step of the session's guide, from any
/// caller: foreign behaviours, options and tasks, steps the guide lacks, ratings off the scale.
struct AnswerFitTests {
    static func open(_ engine: StoreEngine) async throws -> (temp: TemporaryDatabase, session: SessionID) {
        let temp = try TemporaryDatabase(engine)
        let id = try await temp.store.addCandidate(NewCandidate(name: "Анна", consentDate: "2025-01-01"), actor: "hr").id
        let session = try await temp.store.startSession(candidate: id, profile: ImportTests.profile, guide: ImportTests.guide, assessor: "Ирина")
        return (temp, session.id)
    }

    static let cases: [(RecordedAnswer, String)] = [


        (ImportTests.answer("angry-client#checklist", .checklist(["apologises", "greets"])),
         "'angry-client#checklist' of guide 'mixed': behaviour 'greets' is not on its checklist"),
        (ImportTests.answer("discount#responsibility", .classification("over")),
         "'discount#responsibility' of guide 'mixed': option 'over' is not one of the step's options"),
        (ImportTests.answer("day#plan", .plan(WorkingDayPlan(entries: [.init(task: "gym", kept: true, minutes: 30)]))),
         "'day#plan' of guide 'mixed': task 'gym' is not on the working day's list"),
        (ImportTests.answer("day#plan", .plan(WorkingDayPlan(entries: [.init(task: "lecture", kept: true, minutes: 2000)]))),
         "'day#plan' of guide 'mixed': task 'lecture' is planned for 2000 min, outside 1–1440"),
        (ImportTests.answer("conflict", .rating(7)),
         "'conflict' of guide 'mixed': rating 7 is outside the scale 1–5"),
        (RecordedAnswer(step: InterviewStep(item: "rp", kind: .checklist), value: .checklist(["a"])),
         "'rp#checklist' of guide 'mixed': it is not a step of the guide"),
        (ImportTests.answer("conflict", .checklist([])),
         "'conflict' of guide 'mixed': it takes a rating answer, not a checklist"),
    ]

    @Test("a foreign answer is refused with what is wrong, and nothing is written",
          arguments: StoreEngine.all, Self.cases.indices)
    func refused(engine: StoreEngine, index: Int) async throws {
        let (answer, message) = Self.cases[index]
        let (temp, session) = try await Self.open(engine)
        let audit = try await temp.store.auditLog().count
        await #expect(throws: StoreError.invalid(message)) { try await temp.store.record(answer, session: session) }
        #expect(try await temp.store.answers(session: session) == SessionAnswers())
        #expect(try await temp.store.session(session).cursor == nil)
        #expect(try await temp.store.auditLog().count == audit)
    }

    @Test("every answer of the full sheet fits and is recorded", arguments: StoreEngine.all)
    func fitting(engine: StoreEngine) async throws {
        let (temp, session) = try await Self.open(engine)
        for answer in ImportTests.fullAnswers { try await temp.store.record(answer, session: session) }
        let answers = try await temp.store.answers(session: session)
        #expect(answers.checklists == ["angry-client": ["apologises", "interrupts"]])
        #expect(answers.classifications == ["discount#responsibility": "adequate"])
        #expect(answers.plans == ["day": ImportTests.plan])
        #expect(try await temp.store.session(session).cursor == "day#plan")
    }

    @Test("an imported sheet with a foreign behaviour or a rating on a checklist step is refused whole", arguments: StoreEngine.all)
    func importRefused(engine: StoreEngine) async throws {
        let (temp, _) = try await Self.open(engine)
        let boris = try await temp.store.addCandidate(NewCandidate(name: "Борис", consentDate: "2025-01-01"), actor: "hr").id
        let before = try ImportTests.rowCounts(temp)
        let foreign = ImportTests.answer("angry-client#checklist", .checklist(["apologises", "greets"]))
        await #expect(throws: StoreError.invalid("'angry-client#checklist' of guide 'mixed': behaviour 'greets' is not on its checklist")) {
            try await temp.store.importSessions([ImportedSheet(candidate: boris, answers: [ImportTests.answer("conflict", .rating(4)), foreign])],
                                                profile: ImportTests.profile, guide: ImportTests.guide, assessor: "Олег", actor: "hr")
        }
        let misplaced = ImportTests.answer("angry-client#checklist", .rating(4))
        await #expect(throws: StoreError.invalid("'angry-client#checklist' of guide 'mixed': it takes a checklist answer, not a rating")) {
            try await temp.store.importSessions([ImportedSheet(candidate: boris, answers: [misplaced])],
                                                profile: ImportTests.profile, guide: ImportTests.guide, assessor: "Олег", actor: "hr")
        }
        #expect(try ImportTests.rowCounts(temp) == before)
    }
}
