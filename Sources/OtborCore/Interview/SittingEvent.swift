/// What a front end tells an ``InterviewSitting``: an answer to the step shown, its note, a move,
/// the red flags of a participant, or the end of the sitting.
///
/// Times come in with the events that need them, read from the front end's clock: the sitting has
/// no clock of its own.
public enum SittingEvent: Sendable, Equatable {
    /// A rating of the rating step shown, on ``RatingScale``.
    case rate(Int)
    /// "Not assessed" for the rating or classification step shown.
    case notAssessed
    /// The behaviours ticked on the checklist shown (possibly none).
    case tick(Set<String>)
    /// The option chosen for the classification shown.
    case classify(String)
    /// The candidate's working-day plan.
    case plan(WorkingDayPlan)
    /// The fact recorded for the fact step shown.
    case fact(FactAnswer)
    /// The evidence note of the answer just given; the answer is recorded with it.
    case note(String)
    /// Leave the step shown unanswered and come back to it later.
    case skip
    /// Return to the step shown before.
    case back
    /// The red flags observed for the participant asked (ids of the guide's red flags; none is `[]`).
    case redFlags([String])
    /// Stop here, adding `seconds` of this sitting to each session's time; an answer waiting for its
    /// note is recorded with the note it had.
    case pause(seconds: Double)
    /// Submit every session once all is answered, adding `seconds` of this sitting.
    case submit(seconds: Double)

    /// The event that gives `value` as the answer to the step shown.
    public static func answer(_ value: AnswerValue) -> SittingEvent {
        switch value {
        case .rating(let score?): .rate(score)
        case .rating(nil), .classification(nil), .fact(nil): .notAssessed
        case .checklist(let ticked): .tick(ticked)
        case .classification(let option?): .classify(option)
        case .plan(let plan): .plan(plan)
        case .fact(let answer?): .fact(answer)
        }
    }
}
