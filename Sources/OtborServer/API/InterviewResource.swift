import OtborCore
import OtborServices

/// An interview session as the API shows it: who, which guide, where it stands, and every step of
/// the guide with what it accepts and the answer recorded so far (`null` when none).
struct InterviewResource: Encodable, Sendable {
    struct CandidateJSON: Encodable, Sendable {
        var id: Int64
        var name: String
    }

    struct GuideJSON: Encodable, Sendable {
        var id: String
        var title: String
        var kind: String
    }

    /// One step: its key (the `{step}` of `PUT …/answers/{step}`), its kind, the ids it accepts,
    /// and the recorded answer in the shape of the PUT body.
    struct StepJSON: Encodable, Sendable {
        var key: String
        var item: String
        var kind: String
        var criterion: String?
        /// Behaviour ids of a checklist, option ids of a classification, task ids of a plan.
        var accepts: [String]?
        var answer: AnswerBody?
        /// `open` or `closed` for a step of an alternative not chosen yet (``InterviewGuide/requiredSteps(answered:)``).
        var alternate: String?

        init(_ step: InterviewStep, guide: InterviewGuide, answers: SessionAnswers, notes: [String: String], closed: Set<String>? = nil) {
            key = step.key
            alternate = Self.alternate(step, guide: guide, answers: answers,
                                       closed: closed ?? Set(guide.closedSteps(answered: answers.isAnswered).map(\.key)))
            item = step.item
            kind = step.kind.answerKind.rawValue
            if case .rating(let id?) = step.kind { criterion = id }
            switch (step.kind, guide.item(step.item)?.content) {
            case (.checklist, .rolePlay(let scenario)?): accepts = scenario.checklist.map(\.id)
            case (.classification, .caseTask(let task)?): accepts = task.classification?.options.map(\.id) ?? []
            case (.plan, .workingDay(let task)?): accepts = task.tasks.map(\.id)
            case (.fact, .fact(let fact)?): accepts = fact.options.map(\.id)
            default: accepts = nil
            }
            answer = answers.value(for: step).map { AnswerBody($0, note: notes[step.key]) }
        }

        /// `open`, `closed` or `nil` for `step`, given the keys of the closed steps (``InterviewGuide/closedSteps(answered:)``):
        /// the one reading the API and the scoring page share.
        static func alternate(_ step: InterviewStep, guide: InterviewGuide, answers: SessionAnswers, closed: Set<String>) -> String? {
            if closed.contains(step.key) { return "closed" }
            return guide.isOpenAlternate(step, answered: answers.isAnswered) ? "open" : nil
        }

        private enum Keys: String, CodingKey {
            case key, item, kind, criterion, accepts, answer, alternate
        }

        /// `answer` is always present (`null` when unanswered); `criterion` and `accepts` only where they apply.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(key, forKey: .key)
            try container.encode(item, forKey: .item)
            try container.encode(kind, forKey: .kind)
            try container.encodeIfPresent(criterion, forKey: .criterion)
            try container.encodeIfPresent(accepts, forKey: .accepts)
            try container.encode(answer, forKey: .answer)
            try container.encodeIfPresent(alternate, forKey: .alternate)
        }
    }

    var id: Int64
    var candidate: CandidateJSON
    var profile: String
    var guide: GuideJSON
    var assessor: String
    var status: String
    var startedAt: String
    var updatedAt: String
    var submittedAt: String?
    var answered: Int
    var total: Int
    var steps: [StepJSON]
    var redFlags: [RecordedRedFlag]

    init(_ sheet: InterviewDesk.Sheet, candidateName: String, language: ContentLanguage) {
        let session = sheet.session
        id = session.id.rawValue
        candidate = CandidateJSON(id: sheet.candidate.rawValue, name: candidateName)
        profile = sheet.profile
        guide = GuideJSON(id: sheet.guide.id, title: sheet.guide.title.text(in: language), kind: sheet.guide.kind.rawValue)
        assessor = session.assessor
        status = session.status.rawValue
        startedAt = StoreTime.format(session.startedAt)
        updatedAt = StoreTime.format(session.updatedAt)
        submittedAt = session.submittedAt.map(StoreTime.format)
        let closed = Set(sheet.guide.closedSteps(answered: sheet.answers.isAnswered).map(\.key))
        steps = sheet.guide.steps.map { StepJSON($0, guide: sheet.guide, answers: sheet.answers, notes: sheet.notes, closed: closed) }
        (answered, total) = sheet.guide.progress(sheet.answers)
        redFlags = sheet.redFlags
    }

    private enum Keys: String, CodingKey {
        case id, candidate, profile, guide, assessor, status, startedAt, updatedAt, submittedAt, answered, total, steps, redFlags
    }

    /// Every key is present; `submittedAt` is `null` until the session is submitted.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
        try container.encode(candidate, forKey: .candidate)
        try container.encode(profile, forKey: .profile)
        try container.encode(guide, forKey: .guide)
        try container.encode(assessor, forKey: .assessor)
        try container.encode(status, forKey: .status)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(submittedAt, forKey: .submittedAt)
        try container.encode(answered, forKey: .answered)
        try container.encode(total, forKey: .total)
        try container.encode(steps, forKey: .steps)
        try container.encode(redFlags, forKey: .redFlags)
    }
}
