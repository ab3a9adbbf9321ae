import Foundation
import OtborCore

/// Everything the candidate report shows, assembled by the caller (no database access here).
public struct CandidateReportInput: Sendable {
    public var candidate: ReportPerson
    /// The profile as the application recorded it.
    public var profile: JobProfile
    public var profileHash: String
    /// Competency names and levels.
    public var library: ContentLibrary
    public var scorecard: Scorecard
    /// Submitted sessions in the order they were run.
    public var sessions: [ReportSession]
    public var consensus: [ConsensusRecord]
    public var decisions: [DecisionRecord]
    public var disc: ReportDISC?
    /// Conflicts of interest declared with the candidate: those assessors' ratings are left out.
    public var conflicts: [ConflictOfInterest]
    /// When the report was made, shown in the header (the caller's clock).
    public var generatedAt: Date
    /// The campaign's time zone: dates and times are shown in it.
    public var timeZone: TimeZone

    public init(
        candidate: ReportPerson, profile: JobProfile, profileHash: String, library: ContentLibrary, scorecard: Scorecard,
        sessions: [ReportSession], consensus: [ConsensusRecord], decisions: [DecisionRecord], disc: ReportDISC?,
        generatedAt: Date, timeZone: TimeZone = .gmt, conflicts: [ConflictOfInterest] = []
    ) {
        self.candidate = candidate
        self.profile = profile
        self.profileHash = profileHash
        self.library = library
        self.scorecard = scorecard
        self.sessions = sessions
        self.consensus = consensus
        self.decisions = decisions
        self.disc = disc
        self.generatedAt = generatedAt
        self.timeZone = timeZone
        self.conflicts = conflicts
    }
}
