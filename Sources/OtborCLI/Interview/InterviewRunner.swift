import Foundation
import OtborCore
import OtborStore

/// Runs the steps of a guide with an assessor: the interview state machine.
///
/// It shows one step at a time (the item, what it checks, the anchors, a timer against the
/// planned duration), takes the answer and its evidence note, and records it in the store —
/// committed — before the next step is shown. `s` skips a step to come back to it, `b` returns to
/// the step before, `q` or the end of input pauses the session. A resumed session continues at the
/// first unanswered step after the last one answered. When every step is answered the runner
/// offers the guide's red flags and asks whether to submit.
///
/// In a group run one assessor scores several candidates at once: every step is asked for each
/// candidate in turn (criteria × candidates), each candidate's answers going to their own session.
/// Only the sessions given are ever read, so other assessors' ratings are never shown.
final class InterviewRunner {
    /// A session being run and the name of its candidate.
    struct Participant: Sendable {
        var session: InterviewSession
        var candidate: String

        init(session: InterviewSession, candidate: String) {
            self.session = session
            self.candidate = candidate
        }
    }

    /// How a sitting ended.
    enum Outcome: Sendable, Equatable {
        /// Paused (`q`, end of input, or declined to submit): resume later.
        case paused
        /// Every step answered and the sessions submitted.
        case submitted
    }

    /// One step for one participant.
    private struct Slot {
        var participant: Int
        var step: InterviewStep
    }

    let store: any CampaignStore
    let guide: InterviewGuide
    let participants: [Participant]
    private let console: Console
    private let screen: StepScreen
    private let clock: () -> Date
    private let commandOptions: String
    private let slots: [Slot]
    private var answers: [SessionAnswers] = []
    private var notes: [[String: String]] = []
    private var navigator: StepNavigator
    private var timer: SessionTimer

    /// A runner of `guide` for `participants` (one session, or one per candidate of a group run).
    /// `commandOptions` (such as ` --database FILE`) are added to the resume and submit commands
    /// the runner prints; `clock` drives the timer.
    init(
        store: any CampaignStore, guide: InterviewGuide, participants: [Participant], library: ContentLibrary?, console: Console,
        language: ContentLanguage = .ru, clock: @escaping () -> Date = { Date() }, commandOptions: String = ""
    ) {
        self.store = store
        self.guide = guide
        self.participants = participants
        self.console = console
        self.clock = clock
        self.commandOptions = commandOptions
        screen = StepScreen(guide: guide, library: library, language: language)
        slots = guide.steps.flatMap { step in participants.indices.map { Slot(participant: $0, step: step) } }
        navigator = StepNavigator(count: 0, answered: [])
        timer = SessionTimer(earlierSeconds: 0, plannedMinutes: guide.duration, clock: clock)
    }

    /// Runs the sitting until it is paused or submitted. Store errors (such as a session submitted
    /// meanwhile from elsewhere) end it; everything answered before stays saved.
    func run() async throws -> Outcome {
        answers = []
        notes = []
        for participant in participants {
            answers.append(try await store.answers(session: participant.session.id))
            notes.append(try await store.notes(session: participant.session.id))
        }
        timer = SessionTimer(earlierSeconds: participants.map(\.session.activeSeconds).max() ?? 0,
                             plannedMinutes: participants.first?.session.plannedMinutes ?? guide.duration, clock: clock)
        let answered = Set(slots.indices.filter { answers[slots[$0].participant].isAnswered(slots[$0].step) })
        navigator = StepNavigator(count: slots.count, answered: answered, lastAnswered: cursorIndex())
        introduce()
        var lastItem: String?
        while true {
            guard let index = navigator.current else {
                if let outcome = try await finish() { return outcome }
                lastItem = nil
                continue
            }
            let slot = slots[index]
            let style = console.style
            console.writeLine()
            let candidate = participants.count > 1 ? participants[slot.participant].candidate : nil
            console.writeLine(screen.header(slot.step, position: index + 1, of: slots.count, candidate: candidate, timer: timer, style: style))
            if slot.step.item != lastItem {
                screen.context(slot.step).enumerated().forEach { console.writeLine($0.offset == 0 ? style.bold($0.element) : style.dim($0.element)) }
                lastItem = slot.step.item
            }
            switch screen.ask(slot.step, current: answers[slot.participant].value(for: slot.step), console: console) {
            case .answer(let value):
                let (note, inputEnded) = readNote(slot)
                try await record(RecordedAnswer(step: slot.step, value: value, note: note), slot: slot)
                navigator.answerCurrent()
                if case .plan(let plan) = value, case .workingDay(let task)? = guide.item(slot.step.item)?.content {
                    PlanPrompt.report(plan, task: task, style: style).forEach { console.writeLine($0) }
                }
                if inputEnded { return try await pause() }
            case .navigate(.skip):
                if !navigator.skipCurrent() {
                    console.writeLine(style.red("This is the only unanswered item left: answer it, or mark it n (not assessed)."))
                }
            case .navigate(.back):
                if navigator.back() {
                    lastItem = nil
                } else {
                    console.writeLine(style.red("This is the first item of the sitting: there is nothing to go back to."))
                }
            case .navigate(.pause), .navigate(.help), .endOfInput:
                return try await pause()
            }
        }
    }

    /// The guide, the plan of the sitting and, on a resume, where it continues.
    private func introduce() {
        let style = console.style
        let steps = guide.steps.count == 1 ? "1 step" : "\(guide.steps.count) steps"
        let count = participants.count > 1 ? "\(steps) × \(participants.count) candidates" : steps
        console.writeLine(style.bold(guide.title.text(in: screen.language)) + " — \(count), planned \(guide.duration) min. "
            + style.dim("Keys: 1–5 rate · n not assessed · s skip · b back · ? help · q pause."))
        if navigator.answeredCount > 0 {
            console.writeLine("Resuming: \(navigator.answeredCount) of \(slots.count) answered; \(timer.line).")
        }
    }

    /// The evidence note for an answer; `inputEnded` when the input ended instead (the answer is
    /// still recorded, with the note it had, and the sitting pauses). A note with a control
    /// character (an arrow key or Esc typed into the line, a NUL) is refused and asked again.
    private func readNote(_ slot: Slot) -> (note: String, inputEnded: Bool) {
        let existing = notes[slot.participant][slot.step.key]
        if let existing { console.writeLine(console.style.dim("Note so far: " + PromptKey.quoted(existing, length: nil))) }
        let prompt = existing == nil ? "note (evidence; Enter for none)> " : "note (Enter keeps it, - clears it)> "
        var read = console.readLine(prompt: prompt)
        while let line = read, PromptKey.hasControlCharacter(line) {
            console.writeLine(console.style.red("The note holds a control character (such as an arrow key or Esc): "
                + "type it again as plain text, or press Enter for none."))
            read = console.readLine(prompt: prompt)
        }
        guard let line = read else { return (existing ?? "", true) }
        let text = line.trimmingCharacters(in: .whitespaces)
        if let existing, text.isEmpty { return (existing, false) }
        if existing != nil, text == "-" { return ("", false) }
        return (text, false)
    }

    /// Commits the answer, then remembers it for the rest of the sitting.
    private func record(_ answer: RecordedAnswer, slot: Slot) async throws {
        try await store.record(answer, session: participants[slot.participant].session.id)
        answers[slot.participant].apply(answer)
        notes[slot.participant][answer.step.key] = answer.note.isEmpty ? nil : answer.note
    }

    /// Red flags, then the submit question; `nil` when the assessor went back to the steps.
    private func finish() async throws -> Outcome? {
        let style = console.style
        console.writeLine()
        console.writeLine(style.bold(slots.count == 1 ? "The step is answered." : "All \(slots.count) steps are answered.") + "   " + style.dim(timer.line))
        if !guide.redFlags.isEmpty {
            for participant in participants {
                let prompt = RedFlagPrompt(flags: guide.redFlags, language: screen.language,
                                           candidate: participants.count > 1 ? participant.candidate : nil)
                switch prompt.ask(console) {
                case .answer(let flags):
                    for flag in flags { try await store.recordRedFlag(RecordedRedFlag(flag: flag.id), session: participant.session.id) }
                case .navigate(.back):
                    navigator.back()
                    return nil
                case .navigate, .endOfInput:
                    return try await pause()
                }
            }
        }
        let ids = participants.map(\.session.id.description)
        let what = ids.count == 1 ? "session \(ids[0])" : "sessions \(ids.joined(separator: ", "))"
        while true {
            guard let typed = console.readKey(prompt: "Submit \(what) now? Answers are locked once submitted. [y/n b q ?]> ") else {
                return try await pause()
            }
            switch PromptKey.normalise(typed) {
            case "y":
                let seconds = timer.sittingSeconds
                for participant in participants { try await store.submit(session: participant.session.id, addingSeconds: seconds) }
                console.writeLine(style.green("Submitted \(what): the answers are locked and count in scores."))
                return .submitted
            case "n":
                console.writeLine("Not submitted. Submit later with: " + submitCommand(ids))
                return try await pause()
            case "b":
                navigator.back()
                return nil
            case "q":
                return try await pause()
            case "?", "h":
                console.writeLine(style.dim("y submits (locks the answers), n keeps the \(what) open to submit later, b goes back to the last step, q pauses."))
            default:
                let shown = typed.isEmpty ? "Nothing was typed" : "'\(PromptKey.quoted(typed))' is not accepted here"
                console.writeLine(style.red("\(shown): type y (submit), n (not now), b (back) or q (pause)."))
            }
        }
    }

    /// Pauses every session of the sitting, adding its time, and says how to resume.
    private func pause() async throws -> Outcome {
        let seconds = timer.sittingSeconds
        for participant in participants { try await store.pause(session: participant.session.id, addingSeconds: seconds) }
        console.writeLine("Paused: \(navigator.answeredCount) of \(slots.count) steps answered and saved. Resume with: otbor interview resume \(participants[0].session.id)\(commandOptions)")
        return .paused
    }

    /// `otbor interview submit ID` for each session.
    private func submitCommand(_ ids: [String]) -> String {
        ids.map { "otbor interview submit \($0)\(commandOptions)" }.joined(separator: "; ")
    }

    /// The slot of the step answered last (the sessions' cursors), to continue after it.
    private func cursorIndex() -> Int? {
        slots.indices.filter { index in
            let slot = slots[index]
            return participants[slot.participant].session.cursor == slot.step.key
        }.max()
    }
}
