import OtborCore
import Yams

extension NodeReader {
    /// A `type: fact` item: a topic of the profile's `screening`, the question, and its options
    /// (each with a verdict and a reason), or none for a salary fact.
    func fact(_ fields: Fields) -> ScreeningFact? {
        let topic = fields["topic"].flatMap { self.choice($0, "topic", ScreeningTopic.self) }
        let text = fields["text"].flatMap { self.text($0, "text") }
        let checks = optionalText(fields, "checks")
        var seen: Set<String> = []
        let options = fields["options"].flatMap { self.list($0, "options") }?.compactMap { node -> ScreeningFact.Option? in
            guard let fields = mapping(node, .factOption, required: ["id", "text", "verdict", "reason"]) else { return nil }
            let id = fields["id"].flatMap { self.identifier($0, "id") }
            checkUnique(id, in: &seen, at: fields["id"], what: .option)
            let text = fields["text"].flatMap { self.text($0, "text") }
            let verdict = fields["verdict"].flatMap { self.choice($0, "verdict", FactVerdict.self) }
            let reason = fields["reason"].flatMap { self.text($0, "reason") }
            guard let id, let text, let verdict, let reason else { return nil }
            return ScreeningFact.Option(id: id, text: text, verdict: verdict, reason: reason)
        } ?? []
        if let topic, let node = fields["options"] ?? fields["topic"] {
            if topic.isAmount, fields["options"] != nil {
                error(.content(.salaryFactWithOptions), at: node)
            } else if !topic.isAmount, options.count < 2 {
                error(.content(.tooFewFactOptions), at: node)
            }
        }
        guard let topic, let text else { return nil }
        return ScreeningFact(topic: topic, text: text, checks: checks, options: options)
    }

    /// A profile's `screening` block: one requirement per topic.
    func screening(_ node: Node) -> [ScreeningRequirement] {
        var seen: Set<String> = []
        return list(node, "screening")?.compactMap { node -> ScreeningRequirement? in
            guard let fields = mapping(node, .screeningRequirement, required: ["topic", "text"], optional: ["knockout"]) else { return nil }
            let topic = fields["topic"].flatMap { self.choice($0, "topic", ScreeningTopic.self) }
            checkUnique(topic?.rawValue, in: &seen, at: fields["topic"], what: .option)
            let text = fields["text"].flatMap { self.text($0, "text") }
            let knockout = fields["knockout"].flatMap { self.bool($0, "knockout") } ?? true
            guard let topic, let text else { return nil }
            return ScreeningRequirement(topic: topic, text: text, knockout: knockout)
        } ?? []
    }
}
