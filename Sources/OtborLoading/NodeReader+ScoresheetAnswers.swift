import OtborCore
import Yams

/// Reading the answers of a scoresheet's sheet: step keys checked against the guide, each value
/// read in its kind's form and checked against its step by Core's rules, every problem reported at
/// its place in the file.
extension NodeReader {
    /// The answers of a sheet, in the guide's step order.
    func answers(_ node: Node, guide: InterviewGuide) -> [Scoresheet.Answer] {
        if isNull(node) { return [] }
        guard case .mapping(let mapping) = node else {
            error(.scoresheet(.answersNotAMapping(found: describe(node))), at: node)
            return []
        }
        let steps = guide.steps
        let order = Dictionary(steps.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var answers: [Scoresheet.Answer] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let scalar) = keyNode, !isNull(keyNode) else {
                error(.scoresheet(.stepKeyNotAWord(found: describe(keyNode))), at: keyNode)
                continue
            }
            let key = scalar.string
            guard let index = order[key] else {
                unknownStep(key, at: keyNode, guide: guide, steps: steps)
                continue
            }
            // An empty value (`key:` with nothing after it) leaves the step unanswered, as on a blank form.
            if isNull(valueNode) { continue }
            let step = steps[index]
            guard let item = guide.item(step.item), let answer = answer(valueNode, step: step, item: item) else { continue }
            answers.append(Scoresheet.Answer(step: step, value: answer.value, note: answer.note, location: location(keyNode)))
        }
        return answers.sorted { order[$0.step.key]! < order[$1.step.key]! }
    }

    /// Explains why `key` is not a step of the guide, suggesting the step most likely meant.
    private func unknownStep(_ key: String, at node: Node, guide: InterviewGuide, steps: [InterviewStep]) {
        let itemID = StepKey.item(of: key)
        guard let item = guide.item(itemID) else {
            let keys = steps.map(\.key)
            error(.unknownStep(key, guide: guide.id, suggestion: Self.closest(to: key, in: keys), steps: keys), at: node)
            return
        }
        let itemSteps = steps.filter { $0.item == itemID }.map(\.key)
        let suggestion = Self.closest(to: key, in: itemSteps)
        guard let (mark, rest) = StepKey.part(of: key) else {
            error(.scoresheet(.notAQuestion(key: key, type: item.typeName, steps: itemSteps)), at: node)
            return
        }
        if mark == StepKey.criterionMark {
            if case .question = item.content {
                error(.scoresheet(.noCriteria(question: itemID)), at: node)
            } else {
                let problem = ScoresheetProblem.unknownCriterion(rest, type: item.typeName, item: itemID, suggestion: suggestion,
                                                                 steps: itemSteps)
                error(.scoresheet(problem), at: node)
            }
        } else {
            let problem = ScoresheetProblem.unknownItemStep(key, type: item.typeName, item: itemID, suggestion: suggestion,
                                                            steps: itemSteps)
            error(.scoresheet(problem), at: node)
        }
    }

    /// The value and note of one answer: the bare value, or a mapping of the value under its
    /// kind's key (`rating`, `ticked`, `option`, `plan`, `fact`) and a `note`.
    private func answer(_ node: Node, step: InterviewStep, item: GuideItem) -> (value: Scoresheet.Answer.Value, note: String)? {
        let key = step.key
        let valueKey = switch step.kind {
        case .rating: "rating"
        case .checklist: "ticked"
        case .classification: "option"
        case .plan: "plan"
        case .fact: "fact"
        }
        var valueNode = node, note = ""
        // A plan is a list of mappings, so a mapping is always the long form.
        if case .mapping = node {
            guard let fields = mapping(node, .answer(step: key), required: [valueKey], optional: ["note"]) else {
                return nil
            }
            if let noteNode = fields["note"] {
                guard let text = text(noteNode, "note", field: .note) else { return nil }
                note = text
            }
            guard let value = fields[valueKey] else { return nil }
            valueNode = value
        }
        // What the value may hold (the scale, the behaviours, options and tasks) is Core's rule
        // (`AnswerValue.problems(for:item:)`); each reader words the problems at their nodes.
        switch (step.kind, item.content) {
        case (.rating, _):
            return rating(valueNode, step, item).map { (.rating($0), note) }
        case (.checklist, .rolePlay(let scenario)):
            return ticked(valueNode, step, item, behaviours: scenario.checklist.map(\.id)).map { (.checklist($0), note) }
        case (.classification, .caseTask(let task)):
            guard let classification = task.classification, item.steps.contains(step) else { return nil }
            return option(valueNode, step, item, options: classification.options.map(\.id)).map { (.classification($0), note) }
        case (.plan, .workingDay(let task)):
            return plan(valueNode, step, item, tasks: task.tasks.map(\.id)).map { (.plan($0), note) }
        case (.fact, .fact(let fact)):
            return factAnswer(valueNode, step, item, fact: fact).map { (.fact($0), note) }
        default:
            return nil
        }
    }

    /// 1…5, or `n` for not assessed (`.some(nil)`).
    private func rating(_ node: Node, _ step: InterviewStep, _ item: GuideItem) -> Int?? {
        let key = step.key
        guard case .scalar(let scalar) = node, !isNull(node) else {
            error(.notARating(key: key, found: describe(node)), at: node)
            return nil
        }
        if scalar.string == "n" { return .some(nil) }
        guard let value = RatingScale.rating(written: scalar.string) ?? Int(scalar.string).flatMap({ number in
            // A whole number off the scale is reported as such below; "+3" or "03" is not a rating.
            String(number) == scalar.string ? number : nil
        }) else {
            error(.notARating(key: key, found: describe(node)), at: node)
            return nil
        }
        guard AnswerValue.rating(value).problems(for: step, item: item).isEmpty else {
            error(.ratingOffScale(key: key, rating: value), at: node)
            return nil
        }
        return .some(value)
    }

    private func ticked(_ node: Node, _ step: InterviewStep, _ item: GuideItem, behaviours: [String]) -> Set<String>? {
        let key = step.key
        guard case .sequence(let sequence) = node else {
            error(.scoresheet(.notTicked(key: key, found: describe(node))), at: node)
            return nil
        }
        var read: [(id: String, node: Node)] = []
        var valid = true
        for node in sequence {
            guard let id = string(node, "behaviour") else { valid = false; continue }
            read.append((id, node))
        }
        let problems = AnswerValue.checklist(Set(read.map(\.id))).problems(for: step, item: item)
        var ticked: Set<String> = []
        for (id, node) in read {
            guard !problems.contains(.unknownBehaviour(id)) else {
                let suggestion = Self.closest(to: id, in: behaviours)
                error(.scoresheet(.unknownBehaviour(id, key: key, suggestion: suggestion, known: behaviours)), at: node)
                valid = false
                continue
            }
            if !ticked.insert(id).inserted {
                error(.scoresheet(.repeatedBehaviour(id, key: key)), at: node)
                valid = false
            }
        }
        return valid ? ticked : nil
    }

    /// An option id, or `n` for not assessed (`.some(nil)`).
    private func option(_ node: Node, _ step: InterviewStep, _ item: GuideItem, options: [String]) -> String?? {
        let key = step.key
        guard case .scalar = node, !isNull(node), let id = string(node, key) else {
            error(.scoresheet(.notAnOption(key: key, options: options, found: describe(node))), at: node)
            return nil
        }
        if id == "n" && !options.contains("n") { return .some(nil) }
        guard AnswerValue.classification(id).problems(for: step, item: item).isEmpty else {
            let suggestion = Self.closest(to: id, in: options)
            error(.scoresheet(.unknownOption(id, key: key, suggestion: suggestion, known: options)), at: node)
            return nil
        }
        return .some(id)
    }

    /// The plan: every line read first, then the tasks checked as one plan (unknown and repeated
    /// tasks, reported at their lines), then what each line says about its minutes.
    private func plan(_ node: Node, _ step: InterviewStep, _ item: GuideItem, tasks: [String]) -> WorkingDayPlan? {
        let key = step.key
        guard case .sequence = node, let lines = list(node, key) else {
            if case .sequence = node { return nil }
            error(.scoresheet(.notAPlan(key: key, found: describe(node))), at: node)
            return nil
        }
        var read: [PlanLine] = []
        var valid = true
        for line in lines {
            guard let fields = mapping(line, .planLine, required: ["task"], optional: ["minutes", "dropped"]),
                  let taskNode = fields["task"], let task = string(taskNode, "task") else { valid = false; continue }
            let minutes = fields["minutes"].flatMap { self.int($0, "minutes", in: WorkingDayPlan.Entry.minuteRange) }
            let dropped = fields["dropped"].flatMap { self.bool($0, "dropped") }
            if (fields["minutes"] != nil && minutes == nil) || (fields["dropped"] != nil && dropped == nil) { valid = false }
            read.append(PlanLine(node: line, task: task, taskNode: taskNode, minutes: minutes, dropped: dropped == true,
                                 minutesKey: fields.keyNode("minutes"), hasMinutes: fields["minutes"] != nil))
        }
        // Lines whose minutes did not read are planned as dropped here: their minutes are reported above.
        let asRead = WorkingDayPlan(entries: read.map { WorkingDayPlan.Entry(task: $0.task, kept: !$0.dropped && $0.minutes != nil,
                                                                             minutes: $0.minutes ?? 0) })
        let problems = AnswerValue.plan(asRead).problems(for: step, item: item)
        var seen: [String: Int] = [:]
        var entries: [WorkingDayPlan.Entry] = []
        for line in read {
            let task = line.task
            guard !problems.contains(.unknownTask(task)) else {
                let suggestion = Self.closest(to: task, in: tasks)
                error(.scoresheet(.unknownTask(task, key: key, suggestion: suggestion, known: tasks)), at: line.taskNode)
                valid = false
                continue
            }
            if let first = seen[task], problems.contains(.repeatedTask(task)) {
                error(.scoresheet(.repeatedTask(task, firstLine: first)), at: line.taskNode)
                valid = false
                continue
            }
            seen[task] = location(line.taskNode).line
            if line.dropped {
                if let minutesKey = line.minutesKey {
                    error(.scoresheet(.droppedWithMinutes(task: task)), at: minutesKey)
                    valid = false
                }
                entries.append(WorkingDayPlan.Entry(task: task, kept: false, minutes: 0))
            } else if let minutes = line.minutes {
                entries.append(WorkingDayPlan.Entry(task: task, kept: true, minutes: minutes))
            } else if !line.hasMinutes {
                error(.scoresheet(.planLineNeedsMinutes(task: task)), at: line.node)
                valid = false
            }
        }
        return valid ? WorkingDayPlan(entries: entries) : nil
    }
}

/// One line of a scoresheet's plan as read, before its task is checked.
private struct PlanLine {
    var node: Node
    var task: String
    var taskNode: Node
    var minutes: Int?
    var dropped: Bool
    var minutesKey: Node?
    var hasMinutes: Bool
}
