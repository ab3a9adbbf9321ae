/// A candidate's answers to a forced-choice DISC inventory: in each group, the option most like
/// them and the option least like them, named by the factor each option is keyed to.
public struct DISCAnswers: Sendable, Hashable, Codable {
    /// The answer to one group.
    public struct Answer: Sendable, Hashable, Codable {
        /// The inventory group's id.
        public var group: String
        /// The factor of the option marked "most like me".
        public var most: DISCFactor
        /// The factor of the option marked "least like me"; must differ from `most`.
        public var least: DISCFactor

        public init(group: String, most: DISCFactor, least: DISCFactor) {
            self.group = group
            self.most = most
            self.least = least
        }
    }

    /// The answers in the order they were given.
    public var answers: [Answer]

    public init(_ answers: [Answer]) {
        self.answers = answers
    }

    /// Everything that keeps these answers from being scored against `inventory`, in inventory
    /// order for unanswered groups and in answer order for the rest; empty when every group of
    /// the inventory is answered exactly once, with most ≠ least, by options the group has.
    public func problems(against inventory: DISCInventory) -> [DISCScoringError.Problem] {
        let groups = Dictionary(inventory.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [DISCScoringError.Problem] = []
        var counts: [String: Int] = [:]
        for answer in answers { counts[answer.group, default: 0] += 1 }
        var reported = Set<String>()
        for answer in answers {
            guard let group = groups[answer.group] else {
                if reported.insert(answer.group).inserted { problems.append(.unknownGroup(answer.group)) }
                continue
            }
            if let count = counts[answer.group], count > 1 {
                if reported.insert(answer.group).inserted {
                    problems.append(.answeredMoreThanOnce(group: answer.group, times: count))
                }
                continue
            }
            if answer.most == answer.least {
                problems.append(.sameMostAndLeast(group: answer.group, factor: answer.most))
            }
            for factor in [answer.most, answer.least] where group.option(factor) == nil {
                problems.append(.noSuchOption(group: answer.group, factor: factor))
            }
        }
        for group in inventory.groups where counts[group.id] == nil {
            problems.append(.unanswered(group: group.id))
        }
        if inventory.groups.isEmpty { problems.append(.emptyInventory) }
        return problems
    }
}
