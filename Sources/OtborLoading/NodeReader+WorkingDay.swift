import OtborCore
import Yams

/// Reading the "working day" prioritisation task.
extension NodeReader {
    func workingDay(_ fields: Fields, context: WorkspaceProblem.Place) -> WorkingDayTask? {
        let title = fields["title"].flatMap { self.text($0, "title") }
        let statement = fields["statement"].flatMap { self.text($0, "statement") }
        let duration = fields["duration"].flatMap { self.int($0, "duration", in: 1...600) }
        var start: ClockTime?, end: ClockTime?
        if let node = fields["day"], let day = mapping(node, .key("day"), required: ["start", "end"]) {
            start = day["start"].flatMap { self.clockTime($0, "start") }
            end = day["end"].flatMap { self.clockTime($0, "end") }
            if let start, let end, end <= start, let endNode = day["end"] {
                error(.content(.dayEndsBeforeStart(start: start.description, end: end.description)), at: endNode)
            }
        }
        var seen: Set<String> = []
        let tasks = fields["tasks"].flatMap { self.list($0, "tasks") }?.compactMap { dayTask($0, seen: &seen) }
        let rules = fields["rules"].flatMap { self.workingDayRules($0) }
        let weights = fields["competencies"].flatMap { self.competencyWeights($0, "competencies", context: context) }
        guard let title, let statement, let start, let end, let tasks, let rules, let weights else { return nil }
        return WorkingDayTask(title: title, statement: statement, duration: duration, dayStart: start, dayEnd: end,
                              tasks: tasks, rules: rules, competencies: weights)
    }

    private func clockTime(_ node: Node, _ key: String) -> ClockTime? {
        guard let text = string(node, key) else { return nil }
        guard let time = ClockTime(text) else {
            error(.content(.notATimeOfDay(key: key, found: text)), at: node)
            return nil
        }
        return time
    }

    private func dayTask(_ node: Node, seen: inout Set<String>) -> WorkingDayTask.Task? {
        guard let fields = mapping(node, .task, required: ["id", "text", "kind", "importance", "minutes"],
                                  optional: ["fixedAt", "authored"]) else { return nil }
        let id = fields["id"].flatMap { self.identifier($0, "id") }
        checkUnique(id, in: &seen, at: fields["id"], what: .task)
        let text = fields["text"].flatMap { self.text($0, "text") }
        let kind = fields["kind"].flatMap { self.choice($0, "kind", WorkingDayTask.Task.Kind.self) }
        let importance = fields["importance"].flatMap { self.int($0, "importance", in: 1...3) }
        let minutes = fields["minutes"].flatMap { self.int($0, "minutes", in: 1...1440) }
        let fixedAt = fields["fixedAt"].flatMap { self.clockTime($0, "fixedAt") }
        let authored = fields["authored"].flatMap { self.bool($0, "authored") } ?? false
        guard let id, let text, let kind, let importance, let minutes else { return nil }
        return WorkingDayTask.Task(id: id, text: text, kind: kind, importance: importance, minutes: minutes,
                                   fixedAt: fixedAt, authored: authored)
    }

    private func workingDayRules(_ node: Node) -> WorkingDayTask.Rules? {
        guard let fields = mapping(node, .key("rules"), required: ["priorities", "dropping", "estimates", "ownTime"])
        else { return nil }
        func rule(_ key: String, _ parameter: String?) -> (weight: Double, value: Node?)? {
            guard let node = fields[key],
                  let rule = mapping(node, .rule(key), required: parameter.map { [$0] } ?? [], optional: ["weight"])
            else { return nil }
            let weight = rule["weight"].flatMap { self.weight($0, "weight") } ?? 1
            return (weight, parameter.flatMap { rule[$0] })
        }
        let priorities = rule("priorities", nil)
        let dropping = rule("dropping", "dropBelow")
        let estimates = rule("estimates", "tolerance")
        let ownTime = rule("ownTime", "maxMinutes")
        let dropBelow = dropping?.value.flatMap { self.int($0, "dropBelow", in: 1...4) }
        let tolerance = estimates?.value.flatMap { self.number($0, "tolerance") }
        if let tolerance, !(tolerance > 0 && tolerance < 10), let node = estimates?.value {
            error(.content(.toleranceNotAShare(tolerance)), at: node)
        }
        let maxMinutes = ownTime?.value.flatMap { self.int($0, "maxMinutes", in: 60...1440) }
        guard let priorities, let dropping, let estimates, let ownTime, let dropBelow, let tolerance, let maxMinutes
        else { return nil }
        return WorkingDayTask.Rules(
            prioritiesWeight: priorities.weight, droppingWeight: dropping.weight, dropBelow: dropBelow,
            estimatesWeight: estimates.weight, estimateTolerance: tolerance, ownTimeWeight: ownTime.weight,
            maxDayMinutes: maxMinutes)
    }
}
