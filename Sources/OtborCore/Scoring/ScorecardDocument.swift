/// The scorecard as scripts read it (`otbor score --format json`) and reports render it:
/// `screening`, `hurdle`, `score`, `competencies` and `disc`: the screening facts, the hurdle and
/// the score side by side and never merged; `recommendation` says which one decides.
public struct ScorecardDocument: Sendable, Hashable, Codable {
    public struct Hurdle: Sendable, Hashable, Codable {
        public var passed: Bool
        /// `passed`, `incomplete` (a critical competency not assessed yet) or `failed`.
        public var status: HurdleResult.Status
        public var tolerance: Double
        /// Tolerances the profile states, by critical competency; the others use `tolerance`.
        public var tolerances: [String: Double]
        public var failures: [HurdleResult.Failure]
        public var knockouts: [String]
        public var unassessedCritical: [String]
    }

    public struct Score: Sendable, Hashable, Codable {
        public var S: Double
        public var S100: Double
        public var se: Double
        public var ci95: [Double]
        public var gap: Double
        public var coverage: Double
        public var distance: Double
        public var assessedWeight: Double
    }

    public struct Competency: Sendable, Hashable, Codable {
        public var id: String
        public var required: Int
        public var weight: Double
        public var critical: Bool
        public var score: Double?
        public var se: Double
        public var gap: Double?
        /// Stage id → stage score.
        public var stages: [String: Double]
        /// Stages whose assessors disagree and that have no consensus yet.
        public var flagged: [String]
    }

    public struct DISC: Sendable, Hashable, Codable {
        public var target: String?
        public var style: String?
        public var fit: Double?
        public var weight: Double
        public var caveat: LocalizedText
    }

    /// One judged screening fact.
    public struct Fact: Sendable, Hashable, Codable {
        public var stage: String
        public var item: String
        public var topic: ScreeningTopic
        /// The option id, or the amount in digits.
        public var answer: String
        public var verdict: FactVerdict
        public var reason: LocalizedText

        init(_ outcome: FactOutcome) {
            stage = outcome.stage
            item = outcome.item
            topic = outcome.topic
            answer = outcome.answer.stored
            verdict = outcome.verdict
            reason = outcome.reason
        }
    }

    /// The screening facts: knock-outs (failed facts, each with its reason) and facts to discuss.
    public struct Screening: Sendable, Hashable, Codable {
        public var knockedOut: Bool
        public var knockouts: [Fact]
        public var discuss: [Fact]
        public var facts: [Fact]
    }

    /// What the scorecard recommends: a knock-out fact decides before any score.
    public enum Recommendation: String, Sendable, Hashable, Codable {
        /// A screening fact failed: not recommended, whatever the score.
        case notRecommendedScreening = "not-recommended-screening"
        /// No knock-out fact: the hurdle and S decide.
        case byScore = "by-score"
    }

    public var profile: String
    public var recommendation: Recommendation
    public var screening: Screening
    public var hurdle: Hurdle
    public var score: Score?
    public var competencies: [Competency]
    public var disc: DISC

    /// - Parameters:
    ///   - style: the candidate's DISC style code, if they took the inventory.
    ///   - fit: cos Δ to the profile's target (F19), if both are known.
    public init(_ card: Scorecard, discTarget: DISCStyle?, style: String? = nil, fit: Double? = nil) {
        profile = card.profile
        recommendation = card.screening.isKnockedOut ? .notRecommendedScreening : .byScore
        screening = Screening(knockedOut: card.screening.isKnockedOut, knockouts: card.screening.knockouts.map(Fact.init),
                              discuss: card.screening.toDiscuss.map(Fact.init), facts: card.screening.facts.map(Fact.init))
        hurdle = Hurdle(passed: card.hurdle.passed, status: card.hurdle.status, tolerance: card.hurdle.tolerance,
                        tolerances: card.hurdle.stated, failures: card.hurdle.failures,
                        knockouts: card.hurdle.knockouts.map(\.rule), unassessedCritical: card.hurdle.unassessedCritical)
        score = card.composite.map {
            Score(S: $0.s, S100: $0.s100, se: $0.standardError, ci95: [$0.ci95.lowerBound, $0.ci95.upperBound],
                  gap: $0.gap, coverage: $0.coverage, distance: $0.distance, assessedWeight: $0.assessedWeight)
        }
        competencies = card.competencies.map { score in
            Competency(id: score.competency, required: score.requirement.level, weight: score.requirement.weight,
                       critical: score.requirement.critical, score: score.value, se: score.standardError, gap: score.gap,
                       stages: Dictionary(score.stages.map { ($0.stage, $0.value) }, uniquingKeysWith: { first, _ in first }),
                       flagged: score.stages.filter(\.needsConsensus).map(\.stage))
        }
        disc = DISC(target: discTarget?.description, style: style, fit: fit, weight: 0, caveat: DISCResult.caveat)
    }
}
