/// How a working-day plan fares against the four rules of seed 004, and the rating it converts to.
public struct WorkingDayScore: Sendable, Hashable, Codable {
    /// The outcome of one rule: a share from 0 to 1, whether it passes, and the tasks behind a miss.
    public struct Rule: Sendable, Hashable, Codable {
        public var score: Double
        public var passed: Bool
        /// Task ids that broke the rule.
        public var tasks: [String]
    }

    /// A rule passes at this share or above.
    public static let passMark = 0.8

    /// Important tasks first: the share of ordered pairs of kept, unscheduled tasks with different
    /// importance that are in importance order.
    public var priorities: Rule
    /// Tasks below `dropBelow` dropped, the others kept: the share of tasks treated so.
    public var dropping: Rule
    /// Kept tasks planned within ± tolerance of their realistic duration.
    public var estimates: Rule
    /// The kept tasks fit into `maxDayMinutes`, that many minutes included: 1 or 0.
    public var ownTime: Rule
    /// Weighted mean of the four shares.
    public var quality: Double
    /// 1 + 4 · quality: the quality share of the way up the scale (``RatingScale/value(atShare:)``).
    public var rating: Double
    /// Problems with the plan itself (unknown or repeated tasks, tasks left out).
    public var problems: [String]

    public init(task: WorkingDayTask, plan: WorkingDayPlan) {
        let byID = Dictionary(task.tasks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        var seen: Set<String> = []
        var entries: [(entry: WorkingDayPlan.Entry, task: WorkingDayTask.Task)] = []
        for entry in plan.entries {
            guard let known = byID[entry.task] else { problems.append("unknown task '\(entry.task)'"); continue }
            guard seen.insert(entry.task).inserted else { problems.append("task '\(entry.task)' appears twice"); continue }
            entries.append((entry, known))
        }
        // A task the plan does not mention counts as dropped.
        let omitted = task.tasks.filter { !seen.contains($0.id) }
        if !omitted.isEmpty { problems.append("not in the plan (counted as dropped): " + omitted.map(\.id).joined(separator: ", ")) }
        let kept = entries.filter(\.entry.kept)

        var concordant = 0, pairs = 0, outOfOrder: Set<String> = []
        let ordered = kept.filter { $0.task.fixedAt == nil }
        for i in ordered.indices {
            for j in ordered.indices where j > i && ordered[i].task.importance != ordered[j].task.importance {
                pairs += 1
                if ordered[i].task.importance > ordered[j].task.importance { concordant += 1 } else { outOfOrder.insert(ordered[j].task.id) }
            }
        }
        let priorityShare = pairs == 0 ? 1 : Double(concordant) / Double(pairs)
        priorities = Rule(score: priorityShare, passed: priorityShare >= Self.passMark,
                          tasks: ordered.map(\.task.id).filter(outOfOrder.contains))

        let keptIDs = Set(kept.map(\.task.id))
        let misjudged = task.tasks.filter { ($0.importance >= task.rules.dropBelow) != keptIDs.contains($0.id) }.map(\.id)
        let droppingShare = task.tasks.isEmpty ? 1 : 1 - Double(misjudged.count) / Double(task.tasks.count)
        dropping = Rule(score: droppingShare, passed: droppingShare >= Self.passMark, tasks: misjudged)

        let unrealistic = kept.filter {
            abs(Double($0.entry.minutes - $0.task.minutes)) > task.rules.estimateTolerance * Double($0.task.minutes)
        }.map(\.task.id)
        let estimateShare = kept.isEmpty ? 0 : 1 - Double(unrealistic.count) / Double(kept.count)
        estimates = Rule(score: estimateShare, passed: estimateShare >= Self.passMark, tasks: unrealistic)

        let fits = kept.reduce(0) { $0 + $1.entry.minutes } <= task.rules.maxDayMinutes
        ownTime = Rule(score: fits ? 1 : 0, passed: fits, tasks: [])

        let rules = task.rules
        let weights = [rules.prioritiesWeight, rules.droppingWeight, rules.estimatesWeight, rules.ownTimeWeight]
        let shares = [priorities.score, dropping.score, estimates.score, ownTime.score]
        quality = zip(weights, shares).reduce(0) { $0 + $1.0 * $1.1 } / weights.reduce(0, +)
        rating = RatingScale.value(atShare: quality)
        self.problems = problems
    }
}
