/// Candidates of one profile in order: those who pass the hurdle first, then those whose hurdle is
/// still incomplete, then those who failed it, then those a screening fact knocked out, each by S (the hybrid
/// decision of F11), with P(A outranks B) for each pair of neighbours by the normal approximation
/// (F15) and, when both panels are small, by the exact bootstrap over assessors (F16).
public struct Ranking: Sendable, Hashable, Codable {
    /// One candidate's place.
    public struct Entry: Sendable, Hashable, Codable {
        public var candidate: String
        public var passedHurdle: Bool
        public var hurdle: HurdleResult.Status
        public var s: Double?
        public var standardError: Double
        public var ci95: ClosedRange<Double>?
        /// P(this candidate outranks the next one down); `nil` for the last.
        public var pOutranksNext: Double?
        /// P(A* > B*) + ½·P(A* = B*) over every resample of both assessor panels (F16); `nil` unless
        /// both candidates have between one and ``Ranking/smallPanel`` assessors.
        public var pBootstrapOutranksNext: Double?
        /// `false` when P is between 0.2 and 0.8: this candidate and the next are not separable.
        public var separableFromNext: Bool
    }

    public var entries: [Entry]

    /// Panels up to this size are resampled exactly (kᵏ resamples); larger ones use F15 only.
    public static let smallPanel = 5

    /// Orders scorecards keyed by candidate id, for callers without names: ties go by id
    /// (``NameOrder`` with every name empty: numerically when the ids are whole numbers).
    public init(_ scorecards: [(candidate: String, scorecard: Scorecard)]) {
        self.init(scorecards.map { (candidate: $0.candidate, name: "", scorecard: $0.scorecard) })
    }

    /// Orders scorecards keyed by candidate id: hurdle status, then S (highest first; candidates
    /// without a score last), then by name in ``NameOrder`` (the id only for identical names).
    public init(_ scorecards: [(candidate: String, name: String, scorecard: Scorecard)]) {
        // Positions are sorted by precomputed keys and scorecards read in place: they are large
        // values, costly to copy. Names are compared only within a run of equal hurdle status and
        // S, which is rare, so they are folded (``NameOrder``) only there. Each candidate's
        // bootstrap panel is worked out once.
        let orders = scorecards.map { $0.scorecard.screening.isKnockedOut ? 3 : Self.order($0.scorecard.hurdle.status) }
        let scores = scorecards.map { $0.scorecard.composite?.s ?? -.infinity }
        var sorted = scorecards.indices.sorted { a, b in
            orders[a] != orders[b] ? orders[a] < orders[b] : scores[a] > scores[b]
        }
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, orders[sorted[end]] == orders[sorted[start]], scores[sorted[end]] == scores[sorted[start]] { end += 1 }
            if end - start > 1 {
                let names = sorted[start..<end].map { (index: $0, name: NameOrder(name: scorecards[$0].name, id: scorecards[$0].candidate)) }
                sorted.replaceSubrange(start..<end, with: names.sorted { $0.name < $1.name }.map(\.index))
            }
            start = end
        }
        // Each entry reads only its own and the next scorecard: they are worked out on all cores.
        let panels = sorted.concurrentMap { Self.panel(scorecards[$0].scorecard) }
        entries = sorted.indices.concurrentMap { index in
            let card = scorecards[sorted[index]].scorecard
            var entry = Entry(candidate: scorecards[sorted[index]].candidate, passedHurdle: card.hurdle.passed,
                              hurdle: card.hurdle.status, s: card.composite?.s, standardError: card.composite?.standardError ?? 0,
                              ci95: card.composite?.ci95, pOutranksNext: nil, pBootstrapOutranksNext: nil,
                              separableFromNext: true)
            if index + 1 < sorted.count, let mine = card.composite {
                let below = scorecards[sorted[index + 1]].scorecard
                if let next = below.composite {
                    let p = Outranking.probability(meanA: mine.s, seA: mine.standardError, meanB: next.s, seB: next.standardError)
                    entry.pOutranksNext = p
                    if let first = panels[index], let second = panels[index + 1] {
                        entry.pBootstrapOutranksNext = ExactBootstrap.outranking(first, second)
                    }
                    entry.separableFromNext = Outranking.isSeparable(p) || card.hurdle.status != below.hurdle.status
                }
            }
            return entry
        }
    }

    private static func order(_ status: HurdleResult.Status) -> Int {
        switch status {
        case .passed: 0
        case .incomplete: 1
        case .failed: 2
        }
    }

    /// The bootstrap distribution of a candidate's assessor scores, when the panel is small.
    private static func panel(_ card: Scorecard) -> ExactBootstrap? {
        guard (1...smallPanel).contains(card.assessorScores.count) else { return nil }
        return ExactBootstrap(card.assessorScores.sorted { $0.key < $1.key }.map(\.value))
    }

    /// Runs of neighbours that cannot be told apart, each with two or more candidates.
    public var notSeparableGroups: [[String]] {
        var groups: [[String]] = [], current: [String] = []
        for entry in entries {
            current.append(entry.candidate)
            if entry.separableFromNext {
                if current.count > 1 { groups.append(current) }
                current = []
            }
        }
        if current.count > 1 { groups.append(current) }
        return groups
    }
}
