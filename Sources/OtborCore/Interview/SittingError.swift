/// Why an ``InterviewSitting`` refused an event; the sitting is unchanged.
public enum SittingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The answer does not fit the step shown.
    case invalidAnswer([AnswerProblem])
    /// Red flags that are not the guide's.
    case unknownRedFlags([String])
    /// Skip refused: the step shown is the only one left unanswered.
    case onlyStepLeft
    /// Back refused: nothing was shown before.
    case nothingBefore
    /// The event does not fit where the sitting is (such as a note with no answer given, or a
    /// submit before every step is answered).
    case notExpected(SittingEvent)
    /// The sitting is paused or submitted already.
    case ended

    public var description: String {
        switch self {
        case .invalidAnswer(let problems): "the answer does not fit the step: " + problems.map(\.description).joined(separator: "; ")
        case .unknownRedFlags(let flags): "not red flags of the guide: " + flags.joined(separator: ", ")
        case .onlyStepLeft: "the step shown is the only one left unanswered"
        case .nothingBefore: "nothing was shown before this step"
        case .notExpected(let event): "\(event) does not fit this point of the sitting"
        case .ended: "the sitting has ended"
        }
    }
}
