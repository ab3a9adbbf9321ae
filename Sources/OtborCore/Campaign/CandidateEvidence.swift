import Foundation

/// What the scoring engine needs about one candidate and one profile, from submitted sessions only.
public struct CandidateEvidence: Sendable {
    public var candidate: Candidate
    public var application: Application
    /// The profile as recorded when the application was opened.
    public var profile: JobProfile
    /// Submitted sessions, in the order they were started.
    public var sessions: [InterviewSession]
    public var stages: [StageRatings]
    public var consensus: [Consensus]
    public var redFlags: Set<String>
    /// The screening facts of the submitted sessions, judged (``ScreeningResult``).
    public var screening: ScreeningResult
    /// Conflicts of interest declared with the candidate: those assessors' sessions are not in
    /// `sessions` or `stages`.
    public var conflicts: [ConflictOfInterest]

    public init(
        candidate: Candidate, application: Application, profile: JobProfile, sessions: [InterviewSession],
        stages: [StageRatings], consensus: [Consensus], redFlags: Set<String>, screening: ScreeningResult = ScreeningResult(),
        conflicts: [ConflictOfInterest] = []
    ) {
        self.candidate = candidate
        self.application = application
        self.profile = profile
        self.sessions = sessions
        self.stages = stages
        self.consensus = consensus
        self.redFlags = redFlags
        self.screening = screening
        self.conflicts = conflicts
    }

    /// The engine's scorecard.
    public func scorecard(engine: ScoringEngine = ScoringEngine()) -> Scorecard {
        var card = engine.score(profile: profile, stages: stages, consensus: consensus, redFlags: redFlags)
        card.screening = screening
        return card
    }
}

extension Array where Element == CandidateEvidence {
    /// Every candidate's scorecard, in order, computed on all cores: the engine is pure, so the
    /// candidates are scored independently in chunks.
    public func scorecards(engine: ScoringEngine = ScoringEngine()) -> [Scorecard] {
        concurrentMap { $0.scorecard(engine: engine) }
    }

    /// The candidates ranked by their scorecards, keyed by candidate id; ties in hurdle and S go
    /// by name (``NameOrder``).
    public func ranking(engine: ScoringEngine = ScoringEngine()) -> Ranking {
        Ranking(concurrentMap {
            (candidate: $0.candidate.id.description, name: $0.candidate.name, scorecard: $0.scorecard(engine: engine))
        })
    }
}
