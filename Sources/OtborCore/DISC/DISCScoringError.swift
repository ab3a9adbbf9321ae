/// Why a set of DISC answers cannot be scored: every problem found, not just the first.
public struct DISCScoringError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem with the answers.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// An answer names a group the inventory does not have.
        case unknownGroup(String)
        /// A group of the inventory has no answer.
        case unanswered(group: String)
        /// A group is answered more than once.
        case answeredMoreThanOnce(group: String, times: Int)
        /// The same option is marked both most and least.
        case sameMostAndLeast(group: String, factor: DISCFactor)
        /// An answer picks a factor the group has no option for.
        case noSuchOption(group: String, factor: DISCFactor)
        /// The inventory has no groups, so there is nothing to score.
        case emptyInventory

        public var description: String {
            switch self {
            case .unknownGroup(let group): "answer to unknown group '\(group)'"
            case .unanswered(let group): "group '\(group)' is not answered"
            case .answeredMoreThanOnce(let group, let times): "group '\(group)' is answered \(times) times"
            case .sameMostAndLeast(let group, let factor):
                "group '\(group)': option \(factor.rawValue) is marked both most and least"
            case .noSuchOption(let group, let factor): "group '\(group)' has no option keyed to \(factor.rawValue)"
            case .emptyInventory: "the inventory has no groups"
            }
        }
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "; ") }
}
