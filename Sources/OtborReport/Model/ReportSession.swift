import Foundation
import OtborCore

/// One submitted session as the candidate report details it.
public struct ReportSession: Sendable {
    public var id: String
    /// The guide exactly as the session used it.
    public var guide: InterviewGuide
    /// Content hash of that guide.
    public var guideHash: String
    public var assessor: String
    public var startedAt: Date
    public var submittedAt: Date?
    /// Minutes spent in the runner.
    public var activeMinutes: Double
    public var answers: SessionAnswers
    /// Evidence notes by step key (`InterviewStep.key`).
    public var notes: [String: String]
    /// Red-flag ids of the guide the assessor recorded.
    public var redFlags: [String]

    public init(
        id: String, guide: InterviewGuide, guideHash: String, assessor: String, startedAt: Date, submittedAt: Date?,
        activeMinutes: Double, answers: SessionAnswers, notes: [String: String], redFlags: [String]
    ) {
        self.id = id
        self.guide = guide
        self.guideHash = guideHash
        self.assessor = assessor
        self.startedAt = startedAt
        self.submittedAt = submittedAt
        self.activeMinutes = activeMinutes
        self.answers = answers
        self.notes = notes
        self.redFlags = redFlags
    }
}
