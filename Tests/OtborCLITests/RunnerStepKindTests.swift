import Foundation
@testable import OtborCLI
import OtborCore
import OtborStore
import Testing

/// The runner on every kind of step: role-play checklists, case classifications, the working-day
/// plan and a group run over several candidates.
@Suite("Interview runner step kinds")
struct RunnerStepKindTests {
    /// A small role-play: two criteria and a checklist of four behaviours (one a mistake).
    static let rolePlay = InterviewGuide(
        id: "mini-role-play", kind: .rolePlay, title: LocalizedText(ru: "Мини-игра", en: "Mini role-play"), duration: 15,
        items: [GuideItem(id: "angry-parent", content: .rolePlay(RolePlayScenario(
            title: LocalizedText(ru: "Недовольный родитель", en: "An angry parent"),
            candidateBrief: LocalizedText(ru: "Вы менеджер.", en: "You are the manager."),
            actorBrief: LocalizedText(ru: "Вы родитель."),
            criteria: [
                RatingCriterion(id: "tone", text: LocalizedText(ru: "Тон", en: "Tone"),
                                competencies: [CompetencyWeight(competency: "politeness", weight: 1)],
                                anchors: [Anchor(level: 1, text: LocalizedText(ru: "Грубит", en: "Rude")),
                                          Anchor(level: 5, text: LocalizedText(ru: "Тепло", en: "Warm throughout"))]),
                RatingCriterion(id: "calm", text: LocalizedText(ru: "Спокойствие", en: "Calm"),
                                competencies: [CompetencyWeight(competency: "stress-resistance", weight: 1)]),
            ],
            checklist: [
                .init(id: "lets-finish", text: LocalizedText(ru: "Даёт договорить", en: "Lets the parent finish"), competency: "politeness"),
                .init(id: "apologises", text: LocalizedText(ru: "Извиняется", en: "Apologises"), competency: "politeness"),
                .init(id: "next-step", text: LocalizedText(ru: "Следующий шаг", en: "Names a next step"), competency: "stress-resistance"),
                .init(id: "interrupts", text: LocalizedText(ru: "Перебивает", en: "Interrupts"), competency: "politeness", positive: false),
            ])))])

    @Test("role-play: criteria with own and competency anchors, then checklist ticks with refusals")
    func rolePlayChecklist() async throws {
        let fixture = try RunnerFixture()
        let guide = Self.rolePlay
        #expect(guide.steps.map(\.key) == ["angry-parent/tone", "angry-parent/calm", "angry-parent#checklist"])
        let session = try fixture.start(guide)
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: [
            "4", "warm but hurried",
            "3", "",
            "1 9", "one two", "", "1 3 4 3", "interrupted once at 2:10",
            "y",
        ])
        #expect(outcome == .submitted)
        let output = console.output
        #expect(output.contains("An angry parent"))
        #expect(output.contains("Candidate's brief: You are the manager."))
        #expect(output.contains("  1  Rude"))
        #expect(output.contains("  5  Warm throughout"))
        #expect(output.contains("  2 ·"))   // level 2 of politeness, from the library
        #expect(output.contains("level of the competency “Politeness”"))
        #expect(output.contains("'9' is not a behaviour number: type numbers 1–4"))
        #expect(output.contains("'one' is not a behaviour number"))
        #expect(output.contains("Nothing was typed: type numbers 1–4"))
        #expect(output.contains("  4 − Interrupts"))
        let answers = try fixture.store.answers(session: session.id)
        #expect(answers.ratings == ["angry-parent/tone": 4, "angry-parent/calm": 3])
        #expect(answers.checklists == ["angry-parent": ["lets-finish", "next-step", "interrupts"]])
        #expect(try fixture.store.notes(session: session.id)["angry-parent#checklist"] == "interrupted once at 2:10")
    }

    @Test("role-play: the real client role-play guide asks every criterion, then the checklist, per scenario")
    func realRolePlay() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("client-role-play")
        guard case .rolePlay(let first)? = guide.items.first?.content else {
            Issue.record("client-role-play does not start with a role-play")
            return
        }
        let session = try fixture.start(guide)
        let input = first.criteria.flatMap { _ in ["3", ""] } + ["-", "saw none", "q"]
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: input)
        #expect(outcome == .paused)
        #expect(console.output.contains("Checklist — tick the behaviours you saw:"))
        let answers = try fixture.store.answers(session: session.id)
        #expect(answers.checklists == [guide.items[0].id: []])
        #expect(answers.ratings.count == first.criteria.count)
    }

    @Test("case: criteria, questions and the responsibility classification, with a refused option")
    func caseClassification() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("case-interview")
        #expect(guide.steps.last?.key == "discount-demand#responsibility")
        // The classification belongs to the alternate case: the default case is passed over whole (s).
        let steps = guide.steps.filter { $0.item != "slow-replies" }
        let session = try fixture.start(guide)
        var input = ["s"]
        for (index, _) in steps.dropLast().enumerated() { input += [String(index % 5 + 1), ""] }
        input += ["4", "x", "2", "escalated to the head, kept the client", "-", "y"]
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: input)
        #expect(outcome == .submitted)
        #expect(console.output.contains("  2  adequate — "))
        #expect(console.output.contains("'4' is not an option: type 1–3, n (not assessed)"))
        #expect(console.output.contains("'x' is not an option"))
        let answers = try fixture.store.answers(session: session.id)
        #expect(answers.classifications == ["discount-demand#responsibility": "adequate"])
        #expect(answers.ratings.count == steps.count - 1)
        for (index, step) in steps.dropLast().enumerated() {
            #expect(answers.ratings[step.key] == .some(index % 5 + 1))
        }
        // The converted rating is what the engine will use.
        #expect(answers.itemRatings(guide: guide).contains { $0.item.contains("discount-demand") && $0.value == 5 })
    }

    @Test("working day: plan lines in the candidate's order, refusals, undo, and the engine's rule results")
    func workingDayPlan() async throws {
        let fixture = try RunnerFixture()
        let (guide, task) = try RunnerFixture.workingDay()
        let session = try fixture.start(guide)
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: [
            "5 15", "6 30", "5 20", "99 10", "8 abc", "8", "8 40", "14 45", "u", "14 -", "1 60", "18 -", ".",
            "kept the fixed meetings, dropped social media",
            "-", "y",
        ])
        #expect(outcome == .submitted)
        let output = console.output
        #expect(output.contains("Task 5 is already on plan line 1"))
        #expect(output.contains("'99' is not a task number: tasks are 1–\(task.tasks.count)"))
        #expect(output.contains("'abc' is not a number of minutes"))
        #expect(output.contains("'8' is not a plan line"))
        let id = { (number: Int) in task.tasks[number - 1].id }
        let expected = WorkingDayPlan(entries: [
            .init(task: id(5), kept: true, minutes: 15), .init(task: id(6), kept: true, minutes: 30),
            .init(task: id(8), kept: true, minutes: 40), .init(task: id(14), kept: false, minutes: 0),
            .init(task: id(1), kept: true, minutes: 60), .init(task: id(18), kept: false, minutes: 0),
        ])
        let stored = try #require(try fixture.store.answers(session: session.id).plans[guide.items[0].id])
        #expect(stored == expected)
        let score = WorkingDayScore(task: task, plan: expected)
        #expect(output.contains("Plan saved: 4 tasks kept, 145 min planned; \(task.tasks.count - 4) tasks dropped."))
        let english = NumberFormat(language: .en)
        #expect(output.contains("quality \(english.fixed(score.quality, 2)) → rating \(english.fixed(score.rating, 1))"))
        #expect(output.contains("dropping"))
        #expect(output.contains("not in the plan (counted as dropped)"))
    }

    @Test("group run: criteria × candidates, each answer in its candidate's session, red flags per candidate")
    func groupRun() async throws {
        let fixture = try RunnerFixture(candidates: ["Anna", "Boris", "Vera"])
        let guide = RunnerFixture.guide("group-exercise")
        let steps = guide.steps
        let sessions = try (0..<3).map { try fixture.start(guide, candidate: $0, assessor: "observer", groupRun: "run-1") }
        var input: [String] = []
        for (stepIndex, _) in steps.enumerated() {
            for candidate in 0..<3 { input += [String((stepIndex + candidate) % 5 + 1), "c\(candidate) s\(stepIndex)"] }
        }
        input += ["-", "1", "-", "y"]
        let (outcome, console) = try await fixture.run(guide, sessions: sessions, input: input)
        #expect(outcome == .submitted)
        let shown = headers(console.output)
        #expect(shown.count == steps.count * 3)
        #expect(Array(shown.prefix(4)) == [
            "1/\(steps.count * 3) · Anna · chat-wait-time · activity", "2/\(steps.count * 3) · Boris · chat-wait-time · activity",
            "3/\(steps.count * 3) · Vera · chat-wait-time · activity", "4/\(steps.count * 3) · Anna · chat-wait-time · listening",
        ])
        #expect(console.output.contains("Red flags for Boris"))
        #expect(console.output.contains("Submitted sessions \(sessions.map { $0.id.description }.joined(separator: ", "))"))
        for (candidate, session) in sessions.enumerated() {
            let answers = try fixture.store.answers(session: session.id)
            #expect(answers.ratings.count == steps.count)
            for (stepIndex, step) in steps.enumerated() {
                #expect(answers.ratings[step.key] == .some((stepIndex + candidate) % 5 + 1))
            }
            #expect(try fixture.store.notes(session: session.id)[steps[0].key] == "c\(candidate) s0")
            #expect(try fixture.store.session(session.id).status == .submitted)
            let flags = try fixture.store.evidence(profile: fixture.profile.id, candidate: fixture.candidates[candidate].id).first?.redFlags
            #expect(flags == (candidate == 1 ? [guide.redFlags[0].id] : []))
        }
    }

    @Test("group run: a pause keeps every candidate's answers and the resume continues with the next candidate")
    func groupRunResume() async throws {
        let fixture = try RunnerFixture(candidates: ["Anna", "Boris", "Vera"])
        let guide = RunnerFixture.guide("group-exercise")
        let sessions = try (0..<3).map { try fixture.start(guide, candidate: $0, assessor: "observer", groupRun: "run-2") }
        let first = try await fixture.run(guide, sessions: sessions, input: ["4", "", "3", "", "q"])
        #expect(first.outcome == .paused)
        for session in sessions { _ = try fixture.store.reopen(session: session.id) }
        let second = try await fixture.run(guide, sessions: sessions, input: ["5", "", "q"])
        #expect(headers(second.console.output).first?.contains("Vera · chat-wait-time · activity") == true)
        let key = guide.steps[0].key
        #expect(try sessions.map { try fixture.store.answers(session: $0.id).ratings[key] } == [4, 3, 5])
    }
}
