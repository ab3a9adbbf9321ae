import Foundation
import OtborCore
import OtborServices
import OtborStore
import OtborStoreSQLite

/// A deterministic synthetic campaign for `otbor bench`: N candidates of the senior support
/// manager, the first six guides of its process that have rating steps, three assessors, and a
/// rating (1…5, about 5 % not assessed) for every rating step of every guide.
///
/// Ratings come from a per-candidate ability, a per-assessor leniency and per-rating noise drawn
/// from ``SplitMix64``: the same seed gives the same campaign. They are kept in one flat array
/// (0 = not assessed) indexed by candidate, stage, assessor, step.
struct SyntheticCampaign: Sendable {
    static let profileID = "senior-support-manager"
    static let assessors = ["Bench Assessor A", "Bench Assessor B", "Bench Assessor C"]
    static let stageCount = 6
    static let missingRate = 0.05

    struct Stage: Sendable {
        var guide: InterviewGuide
        /// The guide's rating steps, in order.
        var steps: [InterviewStep]
        /// Offset of this stage's block inside one candidate's block.
        var offset: Int
    }

    let profile: JobProfile
    let stages: [Stage]
    let candidates: Int
    /// Ratings per candidate: assessors × Σ steps.
    let ratingsPerCandidate: Int
    /// `scores[((candidate · perCandidate) + stage.offset + assessor · steps) + step]`; 0 is not assessed.
    let scores: [UInt8]

    var ratingCount: Int { candidates * ratingsPerCandidate }

    init(library: ContentLibrary, candidates: Int, seed: UInt64) throws {
        guard let profile = library.profile(Self.profileID) else {
            throw BenchError("the workspace has no profile \(Self.profileID); the benchmark needs it")
        }
        var stages: [Stage] = []
        var offset = 0
        for stage in profile.process {
            guard stages.count < Self.stageCount, let guide = library.guide(stage.guide) else { continue }
            let steps = guide.steps.filter { if case .rating = $0.kind { true } else { false } }
            guard !steps.isEmpty else { continue }
            stages.append(Stage(guide: guide, steps: steps, offset: offset))
            offset += steps.count * Self.assessors.count
        }
        guard stages.count == Self.stageCount else {
            throw BenchError("the profile \(Self.profileID) has \(stages.count) guides with rating steps; the benchmark needs \(Self.stageCount)")
        }
        self.profile = profile
        self.stages = stages
        self.candidates = candidates
        ratingsPerCandidate = offset
        var random = SplitMix64(seed: seed)
        let leniency = Self.assessors.map { _ in random.normal() * 0.3 }
        var scores = [UInt8](repeating: 0, count: candidates * offset)
        var index = 0
        for _ in 0..<candidates {
            let ability = 3 + random.normal() * 0.8
            for stage in stages {
                let stageEffect = random.normal() * 0.3
                for assessor in Self.assessors.indices {
                    for _ in stage.steps {
                        if random.unit() >= Self.missingRate {
                            let value = ability + stageEffect + leniency[assessor] + random.normal() * 0.6
                            scores[index] = UInt8(min(5, max(1, value.rounded())))
                        }
                        index += 1
                    }
                }
            }
        }
        self.scores = scores
    }

    /// The score of one rating; `nil` for not assessed.
    func score(candidate: Int, stage: Int, assessor: Int, step: Int) -> Int? {
        let value = scores[candidate * ratingsPerCandidate + stages[stage].offset + assessor * stages[stage].steps.count + step]
        return value == 0 ? nil : Int(value)
    }

    /// The sheets of one stage and assessor for candidates `range` (0-based), with their database ids.
    func sheets(stage: Int, assessor: Int, candidates range: Range<Int>, ids: [CandidateID]) -> [ImportedSheet] {
        let steps = stages[stage].steps
        return range.map { candidate in
            ImportedSheet(candidate: ids[candidate], answers: steps.indices.map { step in
                RecordedAnswer(step: steps[step],
                               value: .rating(score(candidate: candidate, stage: stage, assessor: assessor, step: step)))
            })
        }
    }

    /// Fictional candidates, numbered.
    func person(_ index: Int) -> NewCandidate {
        NewCandidate(name: "Bench Candidate \(index + 1)", email: "bench\(index + 1)@example.invalid", source: "bench",
                     consentDate: CalendarDate(year: 2026, month: 1, day: 15) ?? CalendarDate(daysSinceEpoch: 0),
                     fairnessGroup: index % 2 == 0 ? "A" : "B")
    }

    /// The same campaign as the raw SQLite ceiling inserts it.
    var rawCeiling: SQLiteRawCeiling.Campaign {
        let scores = self
        return SQLiteRawCeiling.Campaign(
            profile: profile.id, stages: stages.map { .init(guide: $0.guide, keys: $0.steps.map(\.key)) },
            assessors: Self.assessors, candidates: candidates,
            score: { scores.score(candidate: $0, stage: $1, assessor: $2, step: $3) })
    }
}

/// A benchmark that cannot run (for example, the workspace lacks the profile).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
