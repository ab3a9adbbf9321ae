import OtborCore
import OtborStore

/// The ranking as scripts read it.
struct RankingJSON: Encodable {
    struct Entry: Encodable {
        var rank: Int
        var candidate: String
        var name: String
        var passedHurdle: Bool
        /// `passed`, `incomplete` or `failed`.
        var hurdle: String
        var S: Double?
        var S100: Double?
        var se: Double
        var ci95: [Double]?
        var pOutranksNext: Double?
        var pBootstrapOutranksNext: Double?
        var separableFromNext: Bool
    }

    var profile: String
    var entries: [Entry]
    var notSeparable: [[String]]
    var contentChanges: [String]

    init(profile: String, ranking: Ranking, people: [String: CandidateEvidence], contentChanges: [String]) {
        self.profile = profile
        entries = ranking.entries.enumerated().map { index, entry in
            Entry(rank: index + 1, candidate: entry.candidate, name: people[entry.candidate]?.candidate.name ?? "",
                  passedHurdle: entry.passedHurdle, hurdle: entry.hurdle.rawValue, S: entry.s, S100: entry.s.map(CompositeScore.to100),
                  se: entry.standardError, ci95: entry.ci95.map { [$0.lowerBound, $0.upperBound] },
                  pOutranksNext: entry.pOutranksNext, pBootstrapOutranksNext: entry.pBootstrapOutranksNext,
                  separableFromNext: entry.separableFromNext)
        }
        notSeparable = ranking.notSeparableGroups
        self.contentChanges = contentChanges
    }
}
