/// One sitting of an interview as a state machine: the steps of a guide for one session, or for
/// several at once (a group run: every step asked for each participant in turn, steps ×
/// participants), the answers so far, and where the sitting stands among them.
///
/// A front end shows what ``phase`` asks for, turns what the assessor did into a ``SittingEvent``
/// and gives it to ``handle(_:)``, which moves the sitting on and returns the ``SittingEffect``s to
/// carry out on the store. The sitting never prints, reads a clock or touches a store, so a terminal
/// runner and a web handler (which rebuilds the sitting from the store on each request) share it.
///
/// The order: an answer to the step shown, then its note (the answer is recorded with the note);
/// skip and back move among the steps (skipping an alternate not yet started passes over all its
/// steps; closed alternates are passed over, open ones need no answer). Once every needed step is answered the guide's red flags are asked
/// for each participant in turn, then whether to submit. Pause ends the sitting at any point.
public struct InterviewSitting: Sendable, Equatable {
    /// One session run in the sitting, as the store holds it now.
    public struct Participant: Sendable, Equatable {
        /// The session's id.
        public var session: SessionID
        public var answers: SessionAnswers
        /// Evidence notes by step key (empty notes left out).
        public var notes: [String: String]
        /// Key of the step answered last, where a sitting without a saved navigation continues.
        public var cursor: String?
        /// The navigation saved by the last sitting, if any.
        public var navigation: SittingNavigation?

        public init(session: SessionID, answers: SessionAnswers = SessionAnswers(), notes: [String: String] = [:],
                    cursor: String? = nil, navigation: SittingNavigation? = nil) {
            self.session = session
            self.answers = answers
            self.notes = notes
            self.cursor = cursor
            self.navigation = navigation
        }
    }

    /// One step for one participant.
    public struct Slot: Sendable, Hashable {
        /// Index into ``participants``.
        public var participant: Int
        public var step: InterviewStep
    }

    /// What the sitting waits for.
    public enum Phase: Sendable, Equatable {
        /// An answer to the slot at this index (or skip, back, pause).
        case asking(slot: Int)
        /// The note of `answer`, just given for the slot at this index.
        case awaitingNote(slot: Int, answer: AnswerValue)
        /// The red flags of the participant at this index (or back, pause).
        case redFlags(participant: Int)
        /// Whether to submit (or back, pause).
        case confirming
        /// Paused: nothing more is taken.
        case paused
        /// Submitted: nothing more is taken.
        case submitted
    }

    public let guide: InterviewGuide
    /// Steps × participants, in the order they are asked.
    public let slots: [Slot]
    public private(set) var participants: [Participant]
    public private(set) var navigator: StepNavigator
    public private(set) var phase: Phase

    /// A sitting of `guide` for `participants`, continuing where their saved navigation (the first
    /// one found) left off, else at the first unanswered step after their cursors.
    public init(guide: InterviewGuide, participants: [Participant]) {
        self.guide = guide
        self.participants = participants
        let slots = guide.steps.flatMap { step in participants.indices.map { Slot(participant: $0, step: step) } }
        self.slots = slots
        let answered = Set(slots.indices.filter { participants[slots[$0].participant].answers.isAnswered(slots[$0].step) })
        let lastAnswered = slots.indices.last { participants[slots[$0].participant].cursor == slots[$0].step.key }
        if let saved = participants.lazy.compactMap(\.navigation).first {
            let index = Dictionary(slots.indices.map { (Self.place(slots[$0], participants), $0) }, uniquingKeysWith: { first, _ in first })
            navigator = StepNavigator(
                count: slots.count, answered: answered, skipped: Set(saved.skipped.compactMap { index[$0] }),
                history: saved.history.compactMap { index[$0] }, current: saved.current.flatMap { index[$0] },
                lastAnswered: lastAnswered)
        } else {
            navigator = StepNavigator(count: slots.count, answered: answered, lastAnswered: lastAnswered)
        }
        phase = .paused
        updateAlternates()
        phase = afterSteps()
    }

    // MARK: Reading

    /// The ids of the sessions, in the participants' order.
    public var sessions: [SessionID] { participants.map(\.session) }

    /// Number of slots answered.
    public var answeredCount: Int { navigator.answeredCount }

    /// Number of slots the sitting must answer: closed and open alternates left out.
    public var requiredCount: Int {
        participants.reduce(0) { $0 + guide.requiredSteps($1.answers).count }
    }

    /// The alternative group of slot `index` when it is an open alternate (it may be run or passed over).
    public func openAlternative(at index: Int) -> AlternativeGroup? {
        let slot = slots[index]
        guard guide.isOpenAlternate(slot.step, answered: participants[slot.participant].answers.isAnswered) else { return nil }
        return guide.alternativeGroup(of: slot.step.item)
    }

    /// The slot being asked or waiting for its note.
    public var currentSlot: Int? {
        switch phase {
        case .asking(let slot), .awaitingNote(let slot, _): slot
        default: nil
        }
    }

    /// The answer recorded before for slot `index`, if any.
    public func answer(at index: Int) -> AnswerValue? {
        participants[slots[index].participant].answers.value(for: slots[index].step)
    }

    /// The note recorded before for slot `index`, if any.
    public func note(at index: Int) -> String? {
        participants[slots[index].participant].notes[slots[index].step.key]
    }

    /// The navigation to save: where the sitting stands now.
    public var navigation: SittingNavigation {
        func place(_ index: Int) -> SittingNavigation.Place { Self.place(slots[index], participants) }
        return SittingNavigation(current: navigator.current.map(place), skipped: navigator.skipped.sorted().map(place),
                                 history: navigator.history.map(place))
    }

    // MARK: Events

    /// Takes `event`: moves the sitting on and returns what to carry out, in order. A refused event
    /// throws and changes nothing.
    public mutating func handle(_ event: SittingEvent) throws(SittingError) -> [SittingEffect] {
        switch (phase, event) {
        case (.paused, _), (.submitted, _):
            throw .ended
        case (_, .pause(let seconds)):
            var effects: [SittingEffect] = []
            if case .awaitingNote(let slot, let answer) = phase { effects = record(slot, answer, note: note(at: slot) ?? "") }
            phase = .paused
            return effects + [.pause(seconds: seconds)]
        case (.asking(let slot), .skip):
            guard navigator.skipCurrent(along: alternateSiblings(of: slot)) else { throw .onlyStepLeft }
            phase = afterSteps()
            return [.saveNavigation(navigation)]
        case (.asking, .back), (.redFlags, .back), (.confirming, .back):
            guard navigator.back() else { throw .nothingBefore }
            phase = afterSteps()
            return [.saveNavigation(navigation)]
        case (.asking(let slot), _):
            let answer = try answer(event, for: slots[slot].step)
            phase = .awaitingNote(slot: slot, answer: answer)
            return []
        case (.awaitingNote(let slot, let answer), .note(let text)):
            let effects = record(slot, answer, note: text)
            phase = afterSteps()
            return effects
        case (.redFlags(let participant), .redFlags(let flags)):
            let known = Set(guide.redFlags.map(\.id))
            let unknown = flags.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw .unknownRedFlags(unknown) }
            var seen: Set<String> = []
            let session = participants[participant].session
            let effects = flags.filter { seen.insert($0).inserted }.map { SittingEffect.recordRedFlag(session: session, flag: $0) }
            phase = participant + 1 < participants.count ? .redFlags(participant: participant + 1) : .confirming
            return effects
        case (.confirming, .submit(let seconds)):
            phase = .submitted
            return [.submit(seconds: seconds)]
        default:
            throw .notExpected(event)
        }
    }

    /// The answer `event` gives to `step`, when it is one and fits.
    private func answer(_ event: SittingEvent, for step: InterviewStep) throws(SittingError) -> AnswerValue {
        let value: AnswerValue
        switch (event, step.kind) {
        case (.rate(let score), _): value = .rating(score)
        case (.notAssessed, .rating): value = .rating(nil)
        case (.notAssessed, .classification): value = .classification(nil)
        case (.tick(let ticked), _): value = .checklist(ticked)
        case (.classify(let option), _): value = .classification(option)
        case (.plan(let plan), _): value = .plan(plan)
        case (.notAssessed, .fact): value = .fact(nil)
        case (.fact(let answer), _): value = .fact(answer)
        default: throw .notExpected(event)
        }
        let problems = value.problems(for: step, in: guide)
        guard problems.isEmpty else { throw .invalidAnswer(problems) }
        return value
    }

    /// Takes in the answer to slot `index` with its note and moves on.
    private mutating func record(_ index: Int, _ answer: AnswerValue, note: String) -> [SittingEffect] {
        let slot = slots[index]
        participants[slot.participant].answers.apply(answer, to: slot.step)
        participants[slot.participant].notes[slot.step.key] = note.isEmpty ? nil : note
        updateAlternates()
        navigator.answerCurrent()
        return [.record(session: participants[slot.participant].session, step: slot.step, answer: answer, note: note),
                .saveNavigation(navigation)]
    }

    /// The step shown next, else the red flags (when the guide has any), else the submit question.
    private func afterSteps() -> Phase {
        if let current = navigator.current { return .asking(slot: current) }
        return guide.redFlags.isEmpty || participants.isEmpty ? .confirming : .redFlags(participant: 0)
    }

    /// Tells the navigator which slots are closed alternates and which open ones, by each
    /// participant's answers (``InterviewGuide/requiredSteps(answered:)``).
    private mutating func updateAlternates() {
        guard !guide.alternatives.isEmpty else { return }
        var closed: Set<Int> = [], optional: Set<Int> = []
        for (index, participant) in participants.enumerated() {
            let answered = participant.answers.isAnswered
            let closedKeys = Set(guide.closedSteps(answered: answered).map(\.key))
            let requiredKeys = Set(guide.requiredSteps(answered: answered).map(\.key))
            for slot in slots.indices where slots[slot].participant == index {
                let key = slots[slot].step.key
                if closedKeys.contains(key) { closed.insert(slot) } else if !requiredKeys.contains(key) { optional.insert(slot) }
            }
        }
        navigator.setAlternates(closed: closed, optional: optional)
    }

    /// The other slots of the same participant and item when slot `index` is of an alternate not yet
    /// started: skipping it passes over the whole alternate.
    private func alternateSiblings(of index: Int) -> Set<Int> {
        let slot = slots[index]
        guard let item = guide.item(slot.step.item), guide.alternativeGroup(of: item.id) != nil,
              !item.steps.contains(where: participants[slot.participant].answers.isAnswered) else { return [] }
        return Set(slots.indices.filter { slots[$0].participant == slot.participant && slots[$0].step.item == item.id })
    }

    private static func place(_ slot: Slot, _ participants: [Participant]) -> SittingNavigation.Place {
        SittingNavigation.Place(session: participants[slot.participant].session, step: slot.step.key)
    }
}
