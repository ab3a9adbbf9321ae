/// Selection counts per voluntarily stated group at one stage of a profile's process, the input of
/// the adverse-impact check (F20).
///
/// A candidate assessed at the stage counts as selected there when they were assessed at a later
/// stage of the process, or when their latest decision is `advance` or `hire`. Candidates who
/// stated no group are left out.
public struct StageSelection: Sendable, Hashable {
    /// What is known about one candidate.
    public struct Candidate: Sendable, Hashable {
        public var group: String?
        /// Guide ids of the stages the candidate was assessed at (submitted sessions).
        public var stages: Set<String>
        public var latestDecision: Decision?

        public init(group: String?, stages: Set<String>, latestDecision: Decision?) {
            self.group = group
            self.stages = stages
            self.latestDecision = latestDecision
        }
    }

    public var stage: String
    /// Group name → (selected, applicants), in name order.
    public var groups: [AdverseImpact.Group]
    /// Candidates assessed at the stage who stated no group.
    public var withoutGroup: Int

    public init(stage: String, process: [String], candidates: [Candidate]) {
        self.stage = stage
        let later = Set(process.drop { $0 != stage }.dropFirst())
        var counts: [String: (selected: Int, applicants: Int)] = [:]
        var withoutGroup = 0
        for candidate in candidates where candidate.stages.contains(stage) {
            guard let group = candidate.group, !group.isEmpty else { withoutGroup += 1; continue }
            let selected = !candidate.stages.isDisjoint(with: later) || candidate.latestDecision?.isSelection == true
            counts[group, default: (0, 0)].applicants += 1
            if selected { counts[group, default: (0, 0)].selected += 1 }
        }
        groups = counts.keys.sorted().map { AdverseImpact.Group(name: $0, selected: counts[$0]!.selected, applicants: counts[$0]!.applicants) }
        self.withoutGroup = withoutGroup
    }
}
