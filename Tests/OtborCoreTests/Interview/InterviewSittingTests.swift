import OtborCore
import OtborTestSupport
import Testing

/// The interview state machine: events in, the new state and the effects out.
struct InterviewSittingTests {
    typealias Place = SittingNavigation.Place

    static func place(_ key: String, _ session: SessionID = 7) -> Place { Place(session: session, step: key) }

    static func fresh() -> InterviewSitting {
        InterviewSitting(guide: MixedGuide.guide, participants: [.init(session: 7)])
    }

    @Test("an answer waits for its note, then both are recorded with the navigation after them")
    func answerThenNote() throws {
        var sitting = Self.fresh()
        #expect(sitting.phase == .asking(slot: 0))
        #expect(try sitting.handle(.rate(4)) == [])
        #expect(sitting.phase == .awaitingNote(slot: 0, answer: .rating(4)))
        #expect(sitting.answeredCount == 0)
        let effects = try sitting.handle(.note("clear structure"))
        #expect(effects == [
            .record(session: 7, step: MixedGuide.step("conflict"), answer: .rating(4), note: "clear structure"),
            .saveNavigation(SittingNavigation(current: Self.place("angry-client/tone"), history: [Self.place("conflict")])),
        ])
        #expect(sitting.phase == .asking(slot: 1))
        #expect(sitting.answeredCount == 1)
        #expect(sitting.answer(at: 0) == .rating(4))
        #expect(sitting.note(at: 0) == "clear structure")
    }

    @Test("every kind of answer event gives its value", arguments: [
        (0, SittingEvent.notAssessed, AnswerValue.rating(nil)),
        (2, .tick(["apologises"]), .checklist(["apologises"])),
        (4, .classify("under"), .classification("under")),
        (4, .notAssessed, .classification(nil)),
        (5, .plan(WorkingDayPlan(entries: [.init(task: "lunch", kept: false, minutes: 0)])),
         .plan(WorkingDayPlan(entries: [.init(task: "lunch", kept: false, minutes: 0)]))),
    ])
    func answerEvents(_ slot: Int, _ event: SittingEvent, _ value: AnswerValue) throws {
        var sitting = Self.fresh()
        for _ in 0..<slot { _ = try sitting.handle(.skip) }
        #expect(sitting.phase == .asking(slot: slot))
        _ = try sitting.handle(event)
        #expect(sitting.phase == .awaitingNote(slot: slot, answer: value))
        #expect(SittingEvent.answer(value) == event)
    }

    @Test("a refused event changes nothing", arguments: [
        (0, SittingEvent.rate(9), SittingError.invalidAnswer([.ratingOffScale(9)])),
        (0, .tick([]), .invalidAnswer([.wrongKind(expected: .rating, found: .checklist)])),
        (2, .tick(["bows"]), .invalidAnswer([.unknownBehaviour("bows")])),
        (2, .notAssessed, .notExpected(.notAssessed)),
        (4, .classify("over"), .invalidAnswer([.unknownOption("over")])),
        (5, .plan(WorkingDayPlan(entries: [.init(task: "gym", kept: true, minutes: 10)])), .invalidAnswer([.unknownTask("gym")])),
        (0, .note("no answer yet"), .notExpected(.note("no answer yet"))),
        (0, .redFlags([]), .notExpected(.redFlags([]))),
        (0, .submit(seconds: 1), .notExpected(.submit(seconds: 1))),
        (0, .back, .nothingBefore),
    ])
    func refused(_ slot: Int, _ event: SittingEvent, _ error: SittingError) throws {
        var sitting = Self.fresh()
        for _ in 0..<slot { _ = try sitting.handle(.skip) }
        let before = sitting
        #expect(throws: error) { try sitting.handle(event) }
        #expect(sitting == before)
    }

    @Test("skip and back move among the steps and save the navigation each time")
    func skipAndBack() throws {
        var sitting = Self.fresh()
        #expect(try sitting.handle(.skip) == [.saveNavigation(SittingNavigation(
            current: Self.place("angry-client/tone"), skipped: [Self.place("conflict")], history: [Self.place("conflict")]))])
        _ = try sitting.handle(.rate(3))
        _ = try sitting.handle(.note(""))
        #expect(try sitting.handle(.back) == [.saveNavigation(SittingNavigation(
            current: Self.place("angry-client/tone"), skipped: [Self.place("conflict")], history: [Self.place("conflict")]))])
        #expect(sitting.phase == .asking(slot: 1))
        #expect(sitting.answer(at: 1) == .rating(3))
        #expect(sitting.navigator.skipped == [0])
    }

    @Test("skip is refused for the only unanswered step")
    func onlyStepLeft() throws {
        var sitting = InterviewSitting(guide: MixedGuide.group, participants: [.init(session: 7)])
        _ = try sitting.handle(.rate(3))
        _ = try sitting.handle(.note(""))
        let before = sitting
        #expect(throws: SittingError.onlyStepLeft) { try sitting.handle(.skip) }
        #expect(sitting == before)
    }

    @Test("a pause while a note is awaited records the answer with the note it had, then pauses; then nothing more is taken")
    func pauseAtNote() throws {
        let conflict = MixedGuide.step("conflict")
        var sitting = Self.fresh()
        _ = try sitting.handle(.rate(2))
        _ = try sitting.handle(.note("earlier"))
        _ = try sitting.handle(.back)
        #expect(sitting.phase == .asking(slot: 0))
        _ = try sitting.handle(.rate(5))
        #expect(try sitting.handle(.pause(seconds: 90)) == [
            .record(session: 7, step: conflict, answer: .rating(5), note: "earlier"),
            .saveNavigation(SittingNavigation(current: Self.place("angry-client/tone"), history: [Self.place("conflict")])),
            .pause(seconds: 90),
        ])
        #expect(sitting.phase == .paused)
        #expect(throws: SittingError.ended) { try sitting.handle(.rate(3)) }
        #expect(throws: SittingError.ended) { try sitting.handle(.pause(seconds: 1)) }
    }

    @Test("all answered: red flags of each participant, then submit with the sitting's seconds")
    func finish() throws {
        let steps = MixedGuide.guide.steps
        let answers = SessionAnswers(ratings: ["conflict": 3, "angry-client/tone": 3, "discount/realism": nil],
                                     checklists: ["angry-client": []], classifications: ["discount#responsibility": "adequate"])
        #expect(steps.filter(answers.isAnswered).count == 5)
        var sitting = InterviewSitting(guide: MixedGuide.guide, participants: [.init(session: 7, answers: answers)])
        #expect(sitting.phase == .asking(slot: 5))
        _ = try sitting.handle(.plan(WorkingDayPlan(entries: [])))
        _ = try sitting.handle(.note("none"))
        #expect(sitting.phase == .redFlags(participant: 0))
        #expect(throws: SittingError.unknownRedFlags(["rude"])) { try sitting.handle(.redFlags(["late", "rude"])) }
        #expect(try sitting.handle(.redFlags(["late", "late", "blames-employer"])) == [
            .recordRedFlag(session: 7, flag: "late"), .recordRedFlag(session: 7, flag: "blames-employer"),
        ])
        #expect(sitting.phase == .confirming)
        #expect(try sitting.handle(.back) == [.saveNavigation(SittingNavigation(current: Self.place("day#plan"), history: []))])
        #expect(sitting.phase == .asking(slot: 5))
        _ = try sitting.handle(.plan(WorkingDayPlan(entries: [])))
        _ = try sitting.handle(.note("none"))
        _ = try sitting.handle(.redFlags([]))
        #expect(try sitting.handle(.submit(seconds: 600)) == [.submit(seconds: 600)])
        #expect(sitting.phase == .submitted)
    }

    @Test("a saved navigation is continued exactly: the step shown, the skipped steps, the way back")
    func restored() throws {
        let saved = SittingNavigation(current: Self.place("conflict"), skipped: [Self.place("angry-client#checklist")],
                                      history: [Self.place("conflict"), Self.place("angry-client/tone"), Self.place("angry-client#checklist")])
        let answers = SessionAnswers(ratings: ["conflict": 4, "angry-client/tone": 3])
        var sitting = InterviewSitting(guide: MixedGuide.guide, participants: [.init(
            session: 7, answers: answers, cursor: "angry-client/tone", navigation: saved)])
        #expect(sitting.phase == .asking(slot: 0))
        #expect(sitting.navigator.skipped == [2])
        #expect(sitting.navigator.history == [0, 1, 2])
        #expect(sitting.navigation == saved)
        _ = try sitting.handle(.back)
        #expect(sitting.phase == .asking(slot: 2))
        // Without a navigation: after the cursor, at the first unanswered step.
        let plain = InterviewSitting(guide: MixedGuide.guide, participants: [.init(session: 7, answers: answers, cursor: "angry-client/tone")])
        #expect(plain.phase == .asking(slot: 2))
        #expect(plain.navigator.skipped.isEmpty && plain.navigator.history.isEmpty)
    }

    @Test("a group sitting: steps × participants, each answer in its own session, the navigation by session")
    func group() throws {
        var sitting = InterviewSitting(guide: MixedGuide.group, participants: [.init(session: 11), .init(session: 12)])
        #expect(sitting.slots.map { "\($0.participant) \($0.step.key)" } == ["0 chat/activity", "1 chat/activity", "0 chat/listening", "1 chat/listening"])
        _ = try sitting.handle(.rate(4))
        _ = try sitting.handle(.note(""))
        _ = try sitting.handle(.skip)
        let effects = try sitting.handle(.rate(2))
        #expect(effects == [])
        let recorded = try sitting.handle(.note("quiet"))
        let navigation = SittingNavigation(current: Self.place("chat/listening", 12), skipped: [Self.place("chat/activity", 12)],
                                           history: [Self.place("chat/activity", 11), Self.place("chat/activity", 12), Self.place("chat/listening", 11)])
        #expect(recorded == [.record(session: 11, step: MixedGuide.step("chat/listening", in: MixedGuide.group), answer: .rating(2), note: "quiet"),
                             .saveNavigation(navigation)])
        // Resumed with the sessions listed the other way round: the same place, by session.
        var answers11 = SessionAnswers()
        answers11.apply(.rating(4), to: MixedGuide.step("chat/activity", in: MixedGuide.group))
        answers11.apply(.rating(2), to: MixedGuide.step("chat/listening", in: MixedGuide.group))
        let resumed = InterviewSitting(guide: MixedGuide.group, participants: [
            .init(session: 12, navigation: navigation), .init(session: 11, answers: answers11, navigation: navigation),
        ])
        #expect(resumed.phase == .asking(slot: 2))
        #expect(resumed.slots[2].participant == 0 && resumed.sessions == [12, 11])
        #expect(resumed.navigation == navigation)
        #expect(resumed.answeredCount == 2)
    }
}
