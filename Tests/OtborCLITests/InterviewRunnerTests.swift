import Foundation
@testable import OtborCLI
import OtborCore
import OtborStore
import Testing

/// The interview runner driven through a scripted console, checked against what the store holds.
@Suite("Interview runner")
struct InterviewRunnerTests {
    static let phoneKeys = ["self-presentation", "vacancy-motivation", "key-achievement", "salary-expectations#fact",
                            "start-date#fact", "test-task-readiness#fact", "work-format#fact", "schedule#fact"]

    @Test("a phone screen of questions and facts: invalid keys refused and asked again, skip then return, back, red flags, submit")
    func questionGuide() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("phone-screen")
        #expect(guide.steps.map(\.key) == Self.phoneKeys)
        let session = try fixture.start(guide)
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: [
            "4", "clear structure",             // self-presentation
            "x", "", "7", "5", "",              // three refusals, then vacancy-motivation = 5 without a note
            "s",                                // skip key-achievement
            "abc", "150000", "expects 150",     // salary: one refusal, then the amount
            "b",                                // at start-date: back to salary
            "160 000", "",                      // the amount again; Enter keeps the note
            "n", "did not ask",                 // start-date not asked
            "2", "asks for payment",            // test task: with conditions
            "1", "",                            // work format suits
            "3", "no weekends",                 // schedule does not suit
            "5", "NPS up 12 points",            // key-achievement comes back
            "9", "1 3",                         // red flags: one refusal, then 1 and 3
            "z", "y",                           // submit: one refusal, then yes
        ])
        #expect(outcome == .submitted)
        let output = console.output
        #expect(console.unread == 0)
        #expect(occurrences(of: "'x' is not accepted here: type 1–5 to rate", in: output) == 1)
        #expect(occurrences(of: "Nothing was typed: type 1–5", in: output) == 1)
        #expect(occurrences(of: "'7' is not accepted here", in: output) == 1)
        #expect(occurrences(of: "'abc' is not a whole amount: type a whole amount such as 150000", in: output) == 1)
        #expect(occurrences(of: "'9' is not a list of red flags", in: output) == 1)
        #expect(occurrences(of: "'z' is not accepted here: type y (submit)", in: output) == 1)
        // The prompt of vacancy-motivation was shown four times: once, then after each refusal.
        let vacancy = output.components(separatedBy: "━━ 2/8")[1].components(separatedBy: "━━ 3/8")[0]
        #expect(occurrences(of: RatingPrompt.prompt(ConsoleWording(language: .en)), in: vacancy) == 4)
        #expect(headers(output) == [
            "1/8 · self-presentation", "2/8 · vacancy-motivation", "3/8 · key-achievement", "4/8 · salary-expectations · fact",
            "5/8 · start-date · fact", "4/8 · salary-expectations · fact", "5/8 · start-date · fact",
            "6/8 · test-task-readiness · fact", "7/8 · work-format · fact", "8/8 · schedule · fact", "3/8 · key-achievement",
        ])
        #expect(output.contains("Your answer so far: 150000"))
        #expect(output.contains("Refuses — knock-out"))
        #expect(output.contains("What it checks: The structure and clarity of the self-presentation"))
        #expect(output.contains("⏱ "))

        let answers = try fixture.store.answers(session: session.id)
        let ratings: [String: Int?] = ["self-presentation": 4, "vacancy-motivation": 5, "key-achievement": 5]
        #expect(answers.ratings == ratings)
        let facts: [String: FactAnswer?] = [
            "salary-expectations#fact": .amount(160_000), "start-date#fact": FactAnswer?.none,
            "test-task-readiness#fact": .option("with-conditions"), "work-format#fact": .option("suits"),
            "schedule#fact": .option("does-not-suit"),
        ]
        #expect(answers.facts == facts)
        let notes = try fixture.store.notes(session: session.id)
        #expect(notes == ["self-presentation": "clear structure", "salary-expectations#fact": "expects 150",
                          "start-date#fact": "did not ask", "test-task-readiness#fact": "asks for payment",
                          "schedule#fact": "no weekends", "key-achievement": "NPS up 12 points"])
        #expect(try fixture.store.session(session.id).status == .submitted)
        let evidence = try #require(try fixture.store.evidence(profile: fixture.profile.id, candidate: fixture.candidates[0].id).first)
        #expect(evidence.redFlags == [guide.redFlags[0].id, guide.redFlags[2].id])
        #expect(evidence.screening.knockouts.map(\.item) == ["schedule"])
        #expect(evidence.screening.toDiscuss.map(\.item) == ["test-task-readiness"])
    }

    @Test("each answer is committed before the next prompt is shown")
    func committedBeforeNextPrompt() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("manager-interview")
        let session = try fixture.start(guide)
        let probe = ProbingConsole(ScriptedConsole(["1", "a", "2", "b", "3", "c", "4", "d", "q"])) {
            try fixture.store.answers(session: session.id).ratings.count
        }
        let (outcome, _) = try await fixture.run(guide, sessions: [session], input: [], console: probe)
        #expect(outcome == .paused)
        #expect(probe.countsAtKeyPrompts == [0, 1, 2, 3, 4])
    }

    @Test("pause with q, then resume continues at the item after the last one answered")
    func pauseAndResume() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("manager-interview")
        let session = try fixture.start(guide)
        let first = try await fixture.run(guide, sessions: [session], input: ["4", "", "s", "3", "ok", "q"])
        #expect(first.outcome == .paused)
        #expect(first.console.output.contains("Paused: 2 of 7 steps answered and saved. Resume with: otbor interview resume \(session.id) --database"))
        let paused = try fixture.store.session(session.id)
        #expect(paused.status == .paused)
        #expect(paused.cursor == "team-members-in-conflict")
        #expect(paused.activeSeconds > 0)

        // The next sitting starts after team-members-in-conflict and wraps round to the skipped motivate-team-under-constraints.
        _ = try fixture.store.reopen(session: session.id)
        let second = try await fixture.run(guide, sessions: [session], input: ["5", "", "4", "", "3", "", "2", "", "1", "late"])
        #expect(second.outcome == .paused) // the input ended at the submit question
        #expect(second.console.output.contains("Resuming: 2 of 7 answered"))
        #expect(headers(second.console.output) == [
            "4/7 · merger-with-sales", "5/7 · task-setting-and-control", "6/7 · individual-development-plan", "7/7 · recognition-without-money", "2/7 · motivate-team-under-constraints",
        ])
        #expect(try fixture.store.answers(session: session.id).ratings == [
            "outstanding-manager": 4, "team-members-in-conflict": 3, "merger-with-sales": 5, "task-setting-and-control": 4,
            "individual-development-plan": 3, "recognition-without-money": 2, "motivate-team-under-constraints": 1,
        ])
        #expect(try fixture.store.session(session.id).status == .paused)
    }

    @Test("end of input while a note is typed records the rating and pauses")
    func endOfInputAtNote() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("manager-interview")
        let session = try fixture.start(guide)
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: ["4", "note", "5"])
        #expect(outcome == .paused)
        #expect(console.output.contains("<end of input>"))
        #expect(try fixture.store.answers(session: session.id).ratings == ["outstanding-manager": 4, "motivate-team-under-constraints": 5])
    }

    @Test("skip refuses the only unanswered item, and b at the first item says there is nothing before it")
    func edgesOfNavigation() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("manager-interview")
        let session = try fixture.start(guide)
        var input = ["b"]
        for _ in 0..<6 { input += ["3", ""] }
        input += ["s", "4", "", "-", "n"]
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: input)
        #expect(outcome == .paused)
        #expect(console.output.contains("nothing to go back to"))
        #expect(console.output.contains("This is the only unanswered item left"))
        #expect(console.output.contains("Not submitted. Submit later with: otbor interview submit \(session.id) --database"))
        #expect(try fixture.store.answers(session: session.id).ratings.count == 7)
        #expect(try fixture.store.session(session.id).status == .paused)
    }
}

/// A console that notes how many answers the store holds each time a rating key is asked for.
final class ProbingConsole: Console {
    private let inner: ScriptedConsole
    private let count: () throws -> Int
    private(set) var countsAtKeyPrompts: [Int] = []

    init(_ inner: ScriptedConsole, count: @escaping () throws -> Int) {
        self.inner = inner
        self.count = count
    }

    var isInteractive: Bool { inner.isInteractive }
    var usesColour: Bool { inner.usesColour }
    func write(_ text: String) { inner.write(text) }
    func readLine(prompt: String) -> String? { inner.readLine(prompt: prompt) }

    func readKey(prompt: String) -> String? {
        if prompt == RatingPrompt.prompt(ConsoleWording(language: .en)) { countsAtKeyPrompts.append((try? count()) ?? -1) }
        return inner.readKey(prompt: prompt)
    }
}
