import OtborCore
import Yams

/// Reading a guide's `alternatives`: groups of its items from which a session runs `run`.
extension NodeReader {
    /// The groups under `node`, checked against the guide's `items`: every id one of them, no item in
    /// two groups, `run` no larger than the group.
    func alternatives(_ node: Node, items: [GuideItem]) -> [AlternativeGroup] {
        let known = items.map(\.id)
        var grouped: Set<String> = []
        return (list(node, "alternatives") ?? []).compactMap { entry -> AlternativeGroup? in
            guard let fields = mapping(entry, .key("alternatives"), required: ["items", "run"], optional: ["note"])
            else { return nil }
            let members = fields["items"].flatMap { self.list($0, "items") }?.compactMap { node -> String? in
                guard let id = self.identifier(node, "items") else { return nil }
                if !known.contains(id) {
                    error(.content(.unknownAlternative(id, items: known)), at: node)
                    return nil
                }
                if !grouped.insert(id).inserted {
                    error(.content(.alternativeTwice(id)), at: node)
                    return nil
                }
                return id
            }
            let run = fields["run"].flatMap { self.int($0, "run", in: 1...1000) }
            if let run, let members, let count = fields["items"].flatMap({ self.list($0, "items") })?.count, run > count {
                error(.content(.runLargerThanGroup(run: run, items: count)), at: fields["run"])
            }
            guard let members, let run, run <= members.count else { return nil }
            return AlternativeGroup(items: members, run: run, note: optionalText(fields, "note"))
        }
    }
}
