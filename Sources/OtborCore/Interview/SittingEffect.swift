/// What a front end must carry out after an ``InterviewSitting`` took an event, in order: writes to
/// the store, which the front end then reports in its own words.
public enum SittingEffect: Sendable, Equatable {
    /// Save `answer` and its note as the answer to `step` in `session`, replacing an earlier one.
    case record(session: SessionID, step: InterviewStep, answer: AnswerValue, note: String)
    /// Save a red flag observed in `session`.
    case recordRedFlag(session: SessionID, flag: String)
    /// Save the navigation in every session of the sitting (with the answer just before it, when
    /// there is one, in the same transaction).
    case saveNavigation(SittingNavigation)
    /// Pause every session of the sitting, adding `seconds` to its time.
    case pause(seconds: Double)
    /// Submit every session of the sitting, adding `seconds` to its time: the answers are locked.
    case submit(seconds: Double)
}
