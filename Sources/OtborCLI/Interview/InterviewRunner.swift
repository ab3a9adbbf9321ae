import Foundation
import OtborCore
import OtborStore

/// Runs an interview sitting on a console: the terminal driver of ``InterviewSitting``.
///
/// It shows what the sitting asks for (one step at a time with the item, what it checks, the
/// anchors and a timer against the planned duration; then the red flags and the submit question),
/// turns the keys typed into events, and carries out the sitting's effects on the store — each
/// answer committed, with the navigation, before the next step is shown. `s` skips a step to come
/// back to it, `b` returns to the step before, `q` or the end of input pauses the session. A resumed
/// session continues exactly where the last sitting stopped, skipped steps and the way back included.
///
/// In a group run one assessor scores several candidates at once: every step is asked for each
/// candidate in turn (criteria × candidates), each candidate's answers going to their own session.
/// Only the sessions given are ever read, so other assessors' ratings are never shown.
final class InterviewRunner {
    /// A session being run and the name of its candidate, as the terminal shows it
    /// (``ConsoleWording/person(_:)``).
    struct Participant: Sendable {
        var session: InterviewSession
        var candidate: String

        init(session: InterviewSession, candidate: String) {
            self.session = session
            self.candidate = ConsoleWording.isolated(candidate)
        }
    }

    /// How a sitting ended.
    enum Outcome: Sendable, Equatable {
        /// Paused (`q`, end of input, or declined to submit): resume later.
        case paused
        /// Every step answered and the sessions submitted.
        case submitted
    }

    let store: any CampaignStore
    let guide: InterviewGuide
    let participants: [Participant]
    private let console: Console
    private let screen: StepScreen
    private var words: ConsoleWording { screen.words }
    private let clock: () -> Date
    private let commandOptions: String
    private var sitting: InterviewSitting
    private var timer: SessionTimer

    /// A runner of `guide` for `participants` (one session, or one per candidate of a group run).
    /// `commandOptions` (such as ` --database FILE`) are added to the resume and submit commands
    /// the runner prints; `clock` drives the timer.
    init(
        store: any CampaignStore, guide: InterviewGuide, participants: [Participant], library: ContentLibrary?, console: Console,
        wording: ConsoleWording = ConsoleWording(language: .ru), clock: @escaping () -> Date = { Date() }, commandOptions: String = ""
    ) {
        self.store = store
        self.guide = guide
        self.participants = participants
        self.console = console
        self.clock = clock
        self.commandOptions = commandOptions
        screen = StepScreen(guide: guide, library: library, words: wording)
        sitting = InterviewSitting(guide: guide, participants: [])
        timer = SessionTimer(earlierSeconds: 0, plannedMinutes: guide.duration, clock: clock)
    }

    /// Runs the sitting until it is paused or submitted. Store errors (such as a session submitted
    /// meanwhile from elsewhere) end it; everything answered before stays saved.
    func run() async throws -> Outcome {
        var members: [InterviewSitting.Participant] = []
        for participant in participants {
            let id = participant.session.id
            members.append(InterviewSitting.Participant(
                session: id, answers: try await store.answers(session: id), notes: try await store.notes(session: id),
                cursor: participant.session.cursor, navigation: participant.session.navigation))
        }
        sitting = InterviewSitting(guide: guide, participants: members)
        timer = SessionTimer(earlierSeconds: participants.map(\.session.activeSeconds).max() ?? 0,
                             plannedMinutes: participants.first?.session.plannedMinutes ?? guide.duration, clock: clock)
        introduce()
        var lastItem: String?
        var finishing = false
        while true {
            switch sitting.phase {
            case .asking(let index), .awaitingNote(let index, _):
                finishing = false
                try await ask(index, lastItem: &lastItem)
            case .redFlags(let participant):
                if !finishing { announceFinish() }
                finishing = true
                try await askRedFlags(participant)
            case .confirming:
                if !finishing { announceFinish() }
                finishing = true
                try await confirm()
            case .paused:
                return .paused
            case .submitted:
                return .submitted
            }
            if case .asking = sitting.phase, finishing { lastItem = nil }
        }
    }

    /// Shows slot `index` and takes its answer and note, or a move.
    private func ask(_ index: Int, lastItem: inout String?) async throws {
        let slot = sitting.slots[index]
        let style = console.style
        if case .asking = sitting.phase {
            console.writeLine()
            let candidate = participants.count > 1 ? participants[slot.participant].candidate : nil
            console.writeLine(screen.header(slot.step, position: index + 1, of: sitting.slots.count, candidate: candidate,
                                            timer: timer, style: style))
            if slot.step.item != lastItem {
                screen.context(slot.step).enumerated().forEach { console.writeLine($0.offset == 0 ? style.bold($0.element) : style.dim($0.element)) }
                if let group = sitting.openAlternative(at: index) {
                    console.writeLine(style.dim(words(.alternativeOffered, ["run": String(group.run), "count": String(group.items.count)])
                        + (group.note.map { " " + words.content($0) } ?? "")))
                }
                lastItem = slot.step.item
            }
            switch screen.ask(slot.step, current: sitting.answer(at: index), console: console) {
            case .answer(let value):
                try await send(.answer(value))
            case .navigate(.skip):
                do { try await send(.skip) } catch SittingError.onlyStepLeft {
                    console.writeLine(style.red(words(.onlyStepLeft)))
                }
                return
            case .navigate(.back):
                if try await back() {
                    lastItem = nil
                } else {
                    console.writeLine(style.red(words(.firstItem)))
                }
                return
            case .navigate(.pause), .navigate(.help), .endOfInput:
                try await send(.pause(seconds: timer.sittingSeconds))
                return
            }
        }
        let note = readNote(index)
        try await send(note.inputEnded ? .pause(seconds: timer.sittingSeconds) : .note(note.text))
    }

    /// The guide, the plan of the sitting and, on a resume, where it continues.
    private func introduce() {
        let style = console.style
        let steps = words.count(guide.requiredSteps(SessionAnswers()).count, .step)
        let count = participants.count > 1 ? steps + " × " + words.count(participants.count, .candidate) : steps
        console.writeLine(style.bold(words.content(guide.title)) + " — "
            + words(.plannedDuration, ["count": count, "minutes": String(guide.duration)]) + " " + style.dim(words(.runnerKeys)))
        if sitting.answeredCount > 0 {
            console.writeLine(words(.resuming, ["answered": String(sitting.answeredCount), "total": String(sitting.requiredCount),
                                                "timer": timer.line]))
        }
    }

    /// The evidence note for the answer to slot `index`; `inputEnded` when the input ended instead
    /// (the answer is still recorded, with the note it had, and the sitting pauses). A note with a
    /// control character (an arrow key or Esc typed into the line, a NUL) is refused and asked again.
    private func readNote(_ index: Int) -> (text: String, inputEnded: Bool) {
        let existing = sitting.note(at: index)
        if let existing { console.writeLine(console.style.dim(words(.noteSoFar, ["note": PromptKey.quoted(existing, length: nil)]))) }
        let prompt = words(existing == nil ? .notePrompt : .noteEditPrompt)
        var read = console.readLine(prompt: prompt)
        while let line = read, PromptKey.hasControlCharacter(line) {
            console.writeLine(console.style.red(words(.noteControlCharacter)))
            read = console.readLine(prompt: prompt)
        }
        guard let line = read else { return (existing ?? "", true) }
        let text = line.trimmingCharacters(in: .whitespaces)
        if let existing, text.isEmpty { return (existing, false) }
        if existing != nil, text == "-" { return ("", false) }
        return (text, false)
    }

    /// `All N steps are answered.` with the time, on reaching the red flags or the submit question.
    private func announceFinish() {
        let style = console.style
        let count = sitting.requiredCount
        console.writeLine()
        let answered = count == 1 ? words(.stepAnswered) : words(.allStepsAnswered, ["steps": words.count(count, .step)])
        console.writeLine(style.bold(answered) + "   " + style.dim(timer.line))
    }

    /// The red flags of one participant.
    private func askRedFlags(_ participant: Int) async throws {
        let prompt = RedFlagPrompt(flags: guide.redFlags, words: words,
                                   candidate: participants.count > 1 ? participants[participant].candidate : nil)
        switch prompt.ask(console) {
        case .answer(let flags): try await send(.redFlags(flags.map(\.id)))
        case .navigate(.back): _ = try await back()
        case .navigate, .endOfInput: try await send(.pause(seconds: timer.sittingSeconds))
        }
    }

    /// The submit question, asked until it is answered.
    private func confirm() async throws {
        let style = console.style
        let ids = sitting.sessions.map(String.init)
        let question = words(ids.count == 1 ? .confirmOne : .confirmMany, ["ids": ids.joined(separator: ", ")])
        while true {
            guard let typed = console.readKey(prompt: question) else {
                return try await send(.pause(seconds: timer.sittingSeconds))
            }
            switch PromptKey.normalise(typed) {
            case "y":
                return try await send(.submit(seconds: timer.sittingSeconds))
            case "n":
                let commands = ids.map { "otbor interview submit \($0)\(commandOptions)" }.joined(separator: "; ")
                console.writeLine(words(.notSubmitted, ["commands": commands]))
                return try await send(.pause(seconds: timer.sittingSeconds))
            case "b":
                _ = try await back()
                return
            case "q":
                return try await send(.pause(seconds: timer.sittingSeconds))
            case "?", "h":
                console.writeLine(style.dim(words(.confirmHelp)))
            default:
                console.writeLine(style.red(words(.confirmRefusal, ["what": PromptKey.refused(typed, words)])))
            }
        }
    }

    /// Goes back to the step shown before; `false` when there is none.
    private func back() async throws -> Bool {
        do {
            try await send(.back)
            return true
        } catch SittingError.nothingBefore {
            return false
        }
    }

    /// Gives `event` to the sitting, carries out its effects, then says what they did.
    private func send(_ event: SittingEvent) async throws {
        let effects = try sitting.handle(event)
        try await apply(effects)
        report(effects)
    }

    /// Carries out the sitting's effects on the store: the one place the runner writes. An answer
    /// and the navigation after it are saved in one transaction.
    private func apply(_ effects: [SittingEffect]) async throws {
        var index = 0
        while index < effects.count {
            switch effects[index] {
            case .record(let session, let step, let answer, let note):
                let recorded = RecordedAnswer(step: step, value: answer, note: note)
                if index + 1 < effects.count, case .saveNavigation(let navigation) = effects[index + 1] {
                    try await store.record(recorded, session: session, navigation: navigation, sittingSessions: sitting.sessions)
                    index += 1
                } else {
                    try await store.record(recorded, session: session)
                }
            case .recordRedFlag(let session, let flag):
                try await store.recordRedFlag(RecordedRedFlag(flag: flag), session: session)
            case .saveNavigation(let navigation):
                try await store.saveNavigation(navigation, sessions: sitting.sessions)
            case .pause(let seconds):
                for session in sitting.sessions { try await store.pause(session: session, addingSeconds: seconds) }
            case .submit(let seconds):
                for session in sitting.sessions { try await store.submit(session: session, addingSeconds: seconds) }
            }
            index += 1
        }
    }

    /// What the console shows once effects are carried out: a saved plan's rule results, how to
    /// resume after a pause, the submission.
    private func report(_ effects: [SittingEffect]) {
        let style = console.style
        for effect in effects {
            switch effect {
            case .record(_, let step, .plan(let plan), _):
                if case .workingDay(let task)? = guide.item(step.item)?.content {
                    PlanPrompt.report(plan, task: task, style: style, words: words).forEach { console.writeLine($0) }
                }
            case .pause:
                console.writeLine(words(.paused, ["answered": String(sitting.answeredCount), "total": String(sitting.requiredCount),
                                                  "command": "otbor interview resume \(sitting.sessions[0])\(commandOptions)"]))
            case .submit:
                let ids = sitting.sessions.map(String.init)
                console.writeLine(style.green(words(ids.count == 1 ? .submittedOne : .submittedMany, ["ids": ids.joined(separator: ", ")])))
            case .record, .recordRedFlag, .saveNavigation:
                break
            }
        }
    }
}
