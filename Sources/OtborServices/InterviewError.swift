import OtborCore

/// Why the interview desk refused an answer or a submit, as data; each front end words it.
public enum InterviewError: Error, Sendable, Equatable {
    /// The guide of the session has no step `key`; `steps` lists its step keys.
    case unknownStep(String, guide: String, steps: [String])
    /// The answer does not fit step `step` (``AnswerValue/problems(for:in:)``).
    case invalidAnswer(step: String, [AnswerProblem])
    /// The evidence note of step `step` breaks the note rule (``TextField/note``).
    case invalidNote(step: String, TextProblem)
    /// The session still has unanswered steps, listed by key; submitting would count them as not assessed.
    case unanswered(session: SessionID, steps: [String])
    /// The guide of the session has no red flag `id`; `flags` lists its red flags.
    case unknownRedFlag(String, guide: String, flags: [String])
    /// `login` declared a conflict of interest with `candidate`: they rate the candidate no more.
    case conflictOfInterest(login: String, candidate: CandidateID)
}
