import Foundation
@testable import OtborCLI
import OtborCore
import OtborStore
import Testing

/// Junk typed at every kind of prompt of the interview runner (``Keystrokes/junk``: numbers out of
/// range, letters, control characters, escape sequences, nothing, 100 kB, invalid UTF-8): the
/// runner says what it accepts in one short, printable line, asks the same prompt again, stores
/// nothing, and stores the valid answer typed next.
@Suite("Interview runner: junk keystrokes")
struct RunnerKeystrokeTests {
    /// The answers, notes, red flags and status of a session, to compare before and after a read;
    /// a store read that fails throws, so a comparison never passes on two failures.
    static func state(_ fixture: RunnerFixture, _ session: InterviewSession) throws -> String {
        let id = session.id
        func sorted<Value>(_ values: [String: Value]) -> String {
            values.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ", ")
        }
        let answers = try fixture.store.answers(session: id)
        let notes = try fixture.store.notes(session: id)
        let flags = try fixture.store.redFlags(session: id)
        let stored = try fixture.store.session(id)
        return [sorted(answers.ratings), sorted(answers.checklists.mapValues { $0.sorted() }), sorted(answers.classifications),
                sorted(answers.plans), sorted(notes), "\(flags.map(\.flag))", stored.status.rawValue].joined(separator: " | ")
    }

    /// Runs `guide` with `before`, then `junk`, then `after`, and checks the refusal of the junk:
    /// the same prompt again, the store unchanged, one refusal line naming `accepted`.
    static func refused(
        _ junk: String, guide: InterviewGuide, before: [String], after: [String], accepted: String
    ) async throws -> (fixture: RunnerFixture, session: InterviewSession, outcome: InterviewRunner.Outcome) {
        let fixture = try RunnerFixture()
        let session = try fixture.start(guide)
        let console = RecordingConsole(before + [junk] + after) { try state(fixture, session) }
        let (outcome, _) = try await fixture.run(guide, sessions: [session], input: [], console: console)
        let reads = try #require(console.read(before.count))
        #expect(reads.next.prompt == reads.this.prompt, "not asked again")
        #expect(try reads.next.state.get() == reads.this.state.get(), "the junk changed what is stored")
        let refusals = console.output.split(separator: "\n").filter { $0.contains(accepted) }
        #expect(refusals.count == 1, "refusals naming '\(accepted)': \(refusals.map { $0.prefix(120) })")
        for line in refusals {
            #expect(line.count <= 240, "a refusal of \(line.count) characters")
            #expect(!line.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(line.debugDescription)")
        }
        #expect(console.scripted.unread == 0)
        return (fixture, session, outcome)
    }

    @Test("rating: junk refused, then the rating and note typed next are stored",
          arguments: Keystrokes.junk + [.init("4.5", "4.5"), .init("two numbers", "1 2"), .init("fullwidth digit", "４")])
    func rating(_ junk: Keystrokes) async throws {
        let (fixture, session, outcome) = try await Self.refused(
            junk.text, guide: RunnerFixture.guide("manager-interview"), before: [], after: ["4", "noted", "q"],
            accepted: "type 1–5 to rate, n (not assessed), s (skip), b (back), ? (help) or q (pause).")
        #expect(outcome == .paused)
        #expect(try fixture.store.answers(session: session.id).ratings == ["outstanding-manager": 4])
        #expect(try fixture.store.notes(session: session.id) == ["outstanding-manager": "noted"])
    }

    @Test("checklist: junk refused, then the ticks typed next are stored",
          arguments: Keystrokes.junk + [.init("one out of range", "1 5"), .init("comma junk", ",,")])
    func checklist(_ junk: Keystrokes) async throws {
        let (fixture, session, _) = try await Self.refused(
            junk.text, guide: RunnerStepKindTests.rolePlay, before: ["4", "", "3", ""], after: ["1 3", "saw it", "q"],
            accepted: "type numbers 1–4 separated by spaces, - for none, or s, b, ?, q.")
        #expect(try fixture.store.answers(session: session.id).checklists == ["angry-parent": ["lets-finish", "next-step"]])
        #expect(try fixture.store.notes(session: session.id)["angry-parent#checklist"] == "saw it")
    }

    @Test("classification: junk refused, then the option typed next is stored",
          arguments: Keystrokes.junk + [.init("option 4 of 3", "4"), .init("misspelt option", "adequat")])
    func classification(_ junk: Keystrokes) async throws {
        let guide = RunnerFixture.guide("case-interview")
        // The classification belongs to the alternate case: pass over the default case (s), then answer the rest.
        let before = ["s"] + guide.steps.filter { $0.item != "slow-replies" }.dropLast().flatMap { _ in ["3", ""] }
        let (fixture, session, _) = try await Self.refused(
            junk.text, guide: guide, before: before, after: ["2", "kept the client", "q"],
            accepted: "type 1–3, n (not assessed), s (skip), b (back), ? (help) or q (pause).")
        #expect(try fixture.store.answers(session: session.id).classifications == ["discount-demand#responsibility": "adequate"])
    }

    @Test("working-day plan: junk refused, then the plan line typed next is stored", arguments: Keystrokes.junk)
    func plan(_ junk: Keystrokes) async throws {
        let (fixture, session, _) = try await Self.refused(
            junk.text, guide: RunnerFixture.guide("working-day"), before: [], after: ["5 15", ".", "", "q"],
            accepted: "type N MINUTES (such as 3 45), N - to drop task N, u to undo, . to end, or s, b, ?, q.")
        try Self.expectPlan(fixture, session)
    }

    @Test("working-day plan: a wrong task number or number of minutes is refused with the range accepted", arguments: [
        ("0 10", "tasks are 1–"), ("99 10", "tasks are 1–"), ("-1 10", "tasks are 1–"), ("5 0", "give 1–1440"),
        ("5 -7", "give 1–1440"), ("5 1441", "give 1–1440"), ("5 99999999999999999999", "give 1–1440"),
        ("5 15 extra", "is not a plan line"),
    ])
    func planLine(_ junk: String, _ accepted: String) async throws {
        let (fixture, session, _) = try await Self.refused(
            junk, guide: RunnerFixture.guide("working-day"), before: [], after: ["5 15", ".", "", "q"], accepted: accepted)
        try Self.expectPlan(fixture, session)
    }

    static func expectPlan(_ fixture: RunnerFixture, _ session: InterviewSession) throws {
        let guide = RunnerFixture.guide("working-day")
        guard case .workingDay(let task)? = guide.items.first?.content else {
            Issue.record("working-day has no working-day item")
            return
        }
        let plan = try #require(try fixture.store.answers(session: session.id).plans[guide.items[0].id])
        #expect(plan == WorkingDayPlan(entries: [.init(task: task.tasks[4].id, kept: true, minutes: 15)]))
    }

    @Test("red flags: junk refused, then the flags typed next are stored",
          arguments: Keystrokes.junk + [.init("one out of range", "1 9")])
    func redFlags(_ junk: Keystrokes) async throws {
        let guide = RunnerFixture.guide("hr-interview")
        let before = guide.walkedSteps.flatMap { _ in ["3", ""] }
        let (fixture, session, outcome) = try await Self.refused(
            junk.text, guide: guide, before: before, after: ["2", "n"],
            accepted: "separated by spaces, - for none, b (back) or q (pause).")
        #expect(outcome == .paused)
        #expect(try fixture.store.redFlags(session: session.id).map(\.flag) == [guide.redFlags[1].id])
    }

    @Test("submit: junk refused, then y submits",
          arguments: Keystrokes.junk + [.init("yes spelt out", "yes"), .init("two keys", "y n")])
    func confirm(_ junk: Keystrokes) async throws {
        let (fixture, session, outcome) = try await Self.refused(
            junk.text, guide: RunnerStepKindTests.rolePlay, before: ["4", "", "3", "", "-", ""], after: ["y"],
            accepted: "type y (submit), n (not now), b (back) or q (pause).")
        #expect(outcome == .submitted)
        #expect(try fixture.store.session(session.id).status == .submitted)
    }

    /// Notes with a control character: an arrow key or Esc typed into the line, a NUL.
    static let controlNotes = Keystrokes.junk.filter { PromptKey.hasControlCharacter($0.text) }

    @Test("note: a control character is refused, nothing is stored, and the plain note typed next is stored with the rating",
          arguments: controlNotes)
    func refusedNote(_ junk: Keystrokes) async throws {
        let (fixture, session, outcome) = try await Self.refused(
            junk.text, guide: RunnerFixture.guide("manager-interview"), before: ["4"], after: ["plain text", "5", "", "q"],
            accepted: "type it again as plain text, or press Enter for none.")
        #expect(outcome == .paused)
        #expect(try fixture.store.answers(session: session.id).ratings == ["outstanding-manager": 4, "motivate-team-under-constraints": 5])
        #expect(try fixture.store.notes(session: session.id) == ["outstanding-manager": "plain text"])
    }

    @Test("note: any other text is the evidence, stored as typed (spaces trimmed), and the next item follows",
          arguments: Keystrokes.junk.filter { !PromptKey.hasControlCharacter($0.text) })
    func note(_ junk: Keystrokes) async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("manager-interview")
        let session = try fixture.start(guide)
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: ["4", junk.text, "5", "", "q"])
        #expect(outcome == .paused)
        #expect(console.unread == 0)
        #expect(try fixture.store.answers(session: session.id).ratings == ["outstanding-manager": 4, "motivate-team-under-constraints": 5])
        let typed = junk.text.trimmingCharacters(in: .whitespaces)
        #expect(try fixture.store.notes(session: session.id)["outstanding-manager"] == (typed.isEmpty ? nil : typed))
    }

    @Test("a refusal quotes at most 24 characters of what was typed, control characters made visible")
    func quoted() {
        #expect(PromptKey.quoted("\u{1B}[A") == "\\u{1B}[A")
        #expect(PromptKey.quoted("a\u{0}b\u{7F}") == "a\\0b\\u{7F}")
        #expect(PromptKey.quoted(String(repeating: "9", count: 100_000)) == String(repeating: "9", count: 24) + "…")
        #expect(PromptKey.quoted("нет") == "нет")
    }
}
