import Foundation
import OtborCore
import Testing
import OtborStore
import OtborTestSupport

/// `Store.importSessions`: a scoresheet is written whole, in one transaction, or not at all.
struct ImportTests {
    /// A guide with every kind of step: a question, a role-play with a checklist, a case with a
    /// classification and the working-day plan; one red flag.
    static let guide = InterviewGuide(
        id: "mixed", kind: .rolePlay, title: LocalizedText(ru: "Смешанный этап"), duration: 60,
        redFlags: [RedFlag(id: "blames-employer", text: LocalizedText(ru: "Винит работодателя"))],
        items: [
            GuideItem(id: "conflict", content: .question(InterviewQuestion(
                kind: .behavioural, text: LocalizedText(ru: "Конфликт"), checks: LocalizedText(ru: "Проверяет"),
                competencies: [CompetencyWeight(competency: "empathy", weight: 1)]))),
            GuideItem(id: "angry-client", content: .rolePlay(RolePlayScenario(
                title: LocalizedText(ru: "Клиент"), candidateBrief: LocalizedText(ru: "Бриф"), actorBrief: LocalizedText(ru: "Бриф"),
                criteria: [RatingCriterion(id: "tone", text: LocalizedText(ru: "Тон"),
                                           competencies: [CompetencyWeight(competency: "empathy", weight: 1)])],
                checklist: [RolePlayScenario.Behaviour(id: "apologises", text: LocalizedText(ru: "Извиняется"), competency: "empathy"),
                            RolePlayScenario.Behaviour(id: "interrupts", text: LocalizedText(ru: "Перебивает"),
                                                       competency: "empathy", positive: false)]))),
            GuideItem(id: "discount", content: .caseTask(CaseTask(
                title: LocalizedText(ru: "Скидка"), statement: LocalizedText(ru: "Скидка 50 %"),
                criteria: [RatingCriterion(id: "realism", text: LocalizedText(ru: "Реализм"),
                                           competencies: [CompetencyWeight(competency: "planning", weight: 1)])],
                classification: CaseTask.Classification(
                    id: "responsibility", text: LocalizedText(ru: "Ответственность"), competency: "planning",
                    options: [.init(id: "under", text: LocalizedText(ru: "Мало"), rating: 2),
                              .init(id: "adequate", text: LocalizedText(ru: "В меру"), rating: 5)])))),
            GuideItem(id: "day", content: .workingDay(WorkingDayTask(
                title: LocalizedText(ru: "День"), statement: LocalizedText(ru: "План"), dayStart: ClockTime("09:00")!,
                dayEnd: ClockTime("18:00")!,
                tasks: [.init(id: "lecture", text: LocalizedText(ru: "Лекция"), kind: .work, importance: 3, minutes: 60),
                        .init(id: "lunch", text: LocalizedText(ru: "Обед"), kind: .personal, importance: 1, minutes: 90)],
                rules: WorkingDayTask.Rules(), competencies: [CompetencyWeight(competency: "planning", weight: 1)]))),
        ])

    static let profile = JobProfile(
        id: "ssm", title: LocalizedText(ru: "Старший МС"), level: .senior,
        requirements: [CompetencyRequirement(competency: "empathy", group: .soft, level: 3, weight: 1),
                       CompetencyRequirement(competency: "planning", group: .managerial, level: 3, weight: 1)],
        process: [ProcessStage(guide: "mixed", weight: 1)])

    static func answer(_ key: String, _ value: RecordedAnswer.Value, note: String = "") -> RecordedAnswer {
        RecordedAnswer(step: guide.steps.first { $0.key == key }!, value: value, note: note)
    }

    static let plan = WorkingDayPlan(entries: [.init(task: "lecture", kept: true, minutes: 60),
                                               .init(task: "lunch", kept: false, minutes: 0)])

    /// Every answer of one full sheet.
    static let fullAnswers = [
        answer("conflict", .rating(4), note: "Описала ситуацию по STAR"),
        answer("angry-client/tone", .rating(nil)),
        answer("angry-client#checklist", .checklist(["apologises", "interrupts"]), note: "Перебила дважды"),
        answer("discount/realism", .rating(3)),
        answer("discount#responsibility", .classification("adequate")),
        answer("day#plan", .plan(plan)),
    ]

    static let tables = ["application", "session", "rating", "checklist", "checklist_tick", "classification",
                         "task_plan", "task_plan_entry", "red_flag", "content_snapshot", "audit"]

    static func rowCounts(_ temp: TemporaryDatabase) throws -> [String: Int] {
        try temp.engine.rowCounts(temp.store, tables)
    }

    func candidates(_ store: any CampaignStore, _ names: [String]) async throws -> [CandidateID] {
        var ids: [CandidateID] = []
        for name in names { ids.append(try await store.addCandidate(NewCandidate(name: name, consentDate: "2026-11-01"), actor: "hr").id) }
        return ids
    }

    @Test("a good import writes every session, answer, note, red flag and audit line, submitted on the day conducted", arguments: StoreEngine.all)
    func goodImport(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let ids = try await candidates(temp.store, ["Анна Петрова", "Борис Орлов"])
        let conducted = Date(timeIntervalSince1970: Double(CalendarDate(year: 2026, month: 11, day: 12)!.daysSinceEpoch) * 86_400)
        let sessions = try await temp.store.importSessions(
            [ImportedSheet(candidate: ids[0], answers: Self.fullAnswers,
                           redFlags: [.init(flag: "blames-employer", note: "«Начальник ничего не понимал»")]),
             ImportedSheet(candidate: ids[1], answers: [Self.answer("conflict", .rating(2))])],
            profile: Self.profile, guide: Self.guide, assessor: " Ирина ", conducted: conducted, groupRun: "sitting-1",
            actor: "hr")
        #expect(sessions.count == 2)
        for session in sessions {
            let stored = try await temp.store.session(session.id)
            #expect(stored.status == .submitted)
            #expect(stored.assessor == "Ирина" && stored.groupRun == "sitting-1")
            #expect(StoreTime.format(stored.startedAt) == "2026-11-12T00:00:00.000Z" && stored.submittedAt.map(StoreTime.format) == "2026-11-12T00:00:00.000Z")
            #expect(try await temp.store.guide(of: stored) == Self.guide)
        }
        #expect(try await temp.store.candidateID(of: sessions[1]) == ids[1])

        let first = try await temp.store.answers(session: sessions[0].id)
        #expect(first.ratings == ["conflict": 4, "angry-client/tone": Int?.none, "discount/realism": 3])
        #expect(first.checklists == ["angry-client": ["apologises", "interrupts"]])
        #expect(first.classifications == ["discount#responsibility": "adequate"])
        #expect(first.plans == ["day": Self.plan])
        #expect(try await temp.store.notes(session: sessions[0].id) == [
            "conflict": "Описала ситуацию по STAR", "angry-client#checklist": "Перебила дважды"])
        #expect(try await temp.store.answers(session: sessions[1].id).ratings == ["conflict": 2])
        #expect(try await temp.store.session(sessions[0].id).cursor == "day#plan")

        let evidence = try await temp.store.evidence(profile: "ssm")
        #expect(evidence.map(\.redFlags) == [["blames-employer"], []])
        #expect(evidence.map(\.stages.count) == [1, 1])

        let lines = try await temp.store.auditLog(subject: "session:\(sessions[0].id)")
        #expect(lines.map(\.action.rawValue) == ["session.import", "red-flag.record", "session.submit"])
        // One line for the sheet, with every answer's value and none of its notes.
        let values = lines[0].detail.split(separator: ": ", maxSplits: 1).last.map(String.init)
        #expect(values == "conflict rating 4; angry-client/tone not assessed; angry-client#checklist ticked apologises,interrupts; "
                    + "discount/realism rating 3; discount#responsibility option adequate; day#plan plan of 2 tasks, 1 kept")
        #expect(try await temp.store.auditLog().allSatisfy { !$0.detail.contains("Начальник") })
    }

    @Test("one bad answer in the last sheet rolls back every sheet: row counts are unchanged", arguments: StoreEngine.all)
    func badAnswerWritesNothing(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let ids = try await candidates(temp.store, ["Анна Петрова", "Борис Орлов"])
        let before = try Self.rowCounts(temp)
        await #expect(throws: StoreError.invalid("a rating is 1 to 5, not 7")) {
            try await temp.store.importSessions(
                [ImportedSheet(candidate: ids[0], answers: Self.fullAnswers),
                 ImportedSheet(candidate: ids[1], answers: [Self.answer("conflict", .rating(3)),
                                                            Self.answer("discount/realism", .rating(7))])],
                profile: Self.profile, guide: Self.guide, assessor: "Ирина", actor: "hr")
        }
        #expect(try Self.rowCounts(temp) == before)
        #expect(try await temp.store.sessions().isEmpty)
    }

    @Test("a session the assessor already has refuses the whole import", arguments: StoreEngine.all)
    func existingSessionWritesNothing(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let ids = try await candidates(temp.store, ["Анна Петрова", "Борис Орлов"])
        let existing = try await temp.store.startSession(candidate: ids[1], profile: Self.profile, guide: Self.guide, assessor: "Ирина")
        let before = try Self.rowCounts(temp)
        await #expect(throws: StoreError.duplicateSession(candidate: ids[1], guide: "mixed", assessor: "Ирина", existing: existing.id)) {
            try await temp.store.importSessions(
                [ImportedSheet(candidate: ids[0], answers: Self.fullAnswers),
                 ImportedSheet(candidate: ids[1], answers: [Self.answer("conflict", .rating(3))])],
                profile: Self.profile, guide: Self.guide, assessor: "Ирина", actor: "hr")
        }
        #expect(try Self.rowCounts(temp) == before)
    }

    @Test("an unknown candidate, a repeated candidate or a step of another guide writes nothing", arguments: StoreEngine.all)
    func otherRefusals(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let ids = try await candidates(temp.store, ["Анна Петрова"])
        let before = try Self.rowCounts(temp)
        let good = ImportedSheet(candidate: ids[0], answers: Self.fullAnswers)
        await #expect(throws: StoreError.unknownCandidate("99")) {
            try await temp.store.importSessions([good, ImportedSheet(candidate: 99, answers: [])],
                                          profile: Self.profile, guide: Self.guide, assessor: "Ирина", actor: "hr")
        }
        await #expect(throws: StoreError.self) {
            try await temp.store.importSessions([good, good], profile: Self.profile, guide: Self.guide, assessor: "Ирина", actor: "hr")
        }
        let foreign = RecordedAnswer(step: InterviewStep(item: "q1", kind: .rating(criterion: nil)), value: .rating(3))
        await #expect(throws: StoreError.invalid("'q1' is not a step of guide 'mixed'")) {
            try await temp.store.importSessions([ImportedSheet(candidate: ids[0], answers: [foreign])],
                                          profile: Self.profile, guide: Self.guide, assessor: "Ирина", actor: "hr")
        }
        #expect(try Self.rowCounts(temp) == before)
    }

    @Test("a guide edited between two imports in one process is recorded as edited, under a new hash", arguments: StoreEngine.all)
    func editedGuideBetweenImports(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let ids = try await candidates(temp.store, ["Анна Петрова"])
        var edited = Self.guide
        edited.title = LocalizedText(ru: "Смешанный этап, вторая редакция")
        let sheet = [ImportedSheet(candidate: ids[0], answers: [Self.answer("conflict", .rating(3))])]
        let first = try await temp.store.importSessions(sheet, profile: Self.profile, guide: Self.guide, assessor: "Ирина", actor: "hr")
        let second = try await temp.store.importSessions(sheet, profile: Self.profile, guide: edited, assessor: "Олег", actor: "hr")
        let third = try await temp.store.importSessions(sheet, profile: Self.profile, guide: Self.guide, assessor: "Вера", actor: "hr")
        #expect(first[0].guideHash != second[0].guideHash && first[0].guideHash == third[0].guideHash)
        #expect(try await temp.store.guide(of: second[0]) == edited)
        #expect(try await temp.store.guide(of: third[0]) == Self.guide)
    }

    @Test("submit: false leaves the session open: it can be resumed, answered and submitted later", arguments: StoreEngine.all)
    func openImport(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let ids = try await candidates(temp.store, ["Анна Петрова"])
        let session = try #require(try await temp.store.importSessions(
            [ImportedSheet(candidate: ids[0], answers: [Self.answer("conflict", .rating(4))])],
            profile: Self.profile, guide: Self.guide, assessor: "Ирина", submit: false, actor: "hr").first)
        #expect(session.status == .open && session.submittedAt == nil && session.cursor == "conflict")
        try await temp.store.record(Self.answer("discount/realism", .rating(5)), session: session.id)
        try await temp.store.submit(session: session.id)
        #expect(try await temp.store.answers(session: session.id).ratings == ["conflict": 4, "discount/realism": 5])
    }
}
