import OtborCore
import Yams

/// Reading a profile's `afterDecision`: the stages run after the panel's decision.
extension NodeReader {
    /// The stages of `afterDecision`, with an error at each guide that is also a stage of the
    /// process (a stage is scored before the decision or run after it, not both) or named twice.
    func afterDecision(_ node: Node, process: [String]) -> [AfterDecisionStage] {
        guard let entries = list(node, "afterDecision", allowEmpty: true) else { return [] }
        var seen: Set<String> = []
        return entries.compactMap { entry in
            guard let fields = mapping(entry, .key("afterDecision"), required: ["guide"], optional: ["note"]) else { return nil }
            let guide = fields["guide"].flatMap { self.identifier($0, "guide") }
            guard let guide, let guideNode = fields["guide"] else { return nil }
            refer(to: .guide, guide, at: guideNode, from: .afterDecision)
            if process.contains(guide) {
                error(.content(.afterDecisionInProcess(guide)), at: guideNode)
            } else if !seen.insert(guide).inserted {
                error(.content(.afterDecisionTwice(guide)), at: guideNode)
            }
            return AfterDecisionStage(guide: guide, note: optionalText(fields, "note"))
        }
    }
}
