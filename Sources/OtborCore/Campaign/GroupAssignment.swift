/// Who watches whom in a group sitting: the candidates of the exercise and, for each observer (by
/// login), the candidates they rate. An assessment centre has every candidate rated by at least two
/// observers, so that no one person's view decides; ``problems`` says where a plan falls short.
public struct GroupAssignment: Sendable, Hashable {
    /// The fewest observers a candidate may have.
    public static let minimumObservers = 2
    /// The most candidates one group exercise takes (a room, not a campaign).
    public static let maximumCandidates = 12

    public var candidates: [CandidateID]
    /// Observer login → the candidates they watch.
    public var observers: [String: [CandidateID]]

    public init(candidates: [CandidateID], observers: [String: [CandidateID]]) {
        self.candidates = candidates
        self.observers = observers
    }

    /// Why an assignment cannot be run as it stands.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// No candidate, or more than ``maximumCandidates``.
        case candidateCount(Int)
        /// A candidate listed twice.
        case repeatedCandidate(CandidateID)
        /// An observer watches someone who is not a candidate of the sitting.
        case outsideSitting(observer: String, candidate: CandidateID)
        /// A candidate watched by fewer than ``minimumObservers`` (those who do are listed).
        case tooFewObservers(CandidateID, observers: [String])

        public var description: String {
            switch self {
            case .candidateCount(let count):
                "a group sitting takes 1 to \(GroupAssignment.maximumCandidates) candidates, not \(count)"
            case .repeatedCandidate(let id):
                "candidate \(id) is listed twice"
            case .outsideSitting(let observer, let candidate):
                "\(observer) is to watch candidate \(candidate), who is not among the sitting's candidates"
            case .tooFewObservers(let candidate, let observers):
                "candidate \(candidate) is watched by " + (observers.isEmpty ? "nobody" : observers.joined(separator: ", "))
                    + "; every candidate needs at least \(GroupAssignment.minimumObservers) observers"
            }
        }
    }

    /// Everything wrong with the assignment, in the order of the candidates.
    public var problems: [Problem] {
        var problems: [Problem] = []
        if candidates.isEmpty || candidates.count > Self.maximumCandidates { problems.append(.candidateCount(candidates.count)) }
        var seen = Set<CandidateID>()
        for candidate in candidates where !seen.insert(candidate).inserted { problems.append(.repeatedCandidate(candidate)) }
        for (observer, watched) in observers.sorted(by: { $0.key < $1.key }) {
            for candidate in Set(watched).sorted() where !seen.contains(candidate) {
                problems.append(.outsideSitting(observer: observer, candidate: candidate))
            }
        }
        for candidate in Self.unique(candidates) {
            let watching = observers.filter { $0.value.contains(candidate) }.keys.sorted()
            if watching.count < Self.minimumObservers { problems.append(.tooFewObservers(candidate, observers: watching)) }
        }
        return problems
    }

    /// Each observer's sessions to open: (observer, candidate) by observer login, then in the order
    /// of the candidates, each pair once.
    public var pairs: [(observer: String, candidate: CandidateID)] {
        observers.keys.sorted().flatMap { observer in
            Self.unique(candidates).filter { observers[observer]?.contains($0) == true }.map { (observer, $0) }
        }
    }

    private static func unique(_ ids: [CandidateID]) -> [CandidateID] {
        var seen = Set<CandidateID>()
        return ids.filter { seen.insert($0).inserted }
    }
}
