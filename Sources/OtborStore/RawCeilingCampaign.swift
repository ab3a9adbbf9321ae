import OtborCore

/// What a raw ceiling inserts (SQLite's prepared statements, PostgreSQL's `COPY`): a synthetic
/// campaign's shape and its ratings, the same rows an import of it writes.
public struct RawCeilingCampaign: Sendable {
    /// One stage: the guide and the keys of its rating steps, in order.
    public struct Stage: Sendable {
        public var guide: InterviewGuide
        public var keys: [String]

        public init(guide: InterviewGuide, keys: [String]) {
            self.guide = guide
            self.keys = keys
        }
    }

    public var profile: String
    public var stages: [Stage]
    public var assessors: [String]
    public var candidates: Int
    /// The rating of (candidate, stage, assessor, step); `nil` for not assessed.
    public var score: @Sendable (Int, Int, Int, Int) -> Int?

    public init(profile: String, stages: [Stage], assessors: [String], candidates: Int,
                score: @escaping @Sendable (Int, Int, Int, Int) -> Int?) {
        self.profile = profile
        self.stages = stages
        self.assessors = assessors
        self.candidates = candidates
        self.score = score
    }
}
