import OtborCore
import Yams

/// Reading a scoresheet: ratings captured on paper for one guide, one assessor and one or more
/// candidates, checked against the workspace's profile and guide.
extension NodeReader {
    func scoresheet(
        _ root: Node, library: ContentLibrary, today: CalendarDate?
    ) -> (scoresheet: Scoresheet?, candidates: [Scoresheet.CandidateReference]) {
        guard let file = mapping(root, "a scoresheet", required: ["profile", "guide", "assessor", "sheets"],
                                 optional: ["conducted", "submit"]) else { return (nil, []) }
        let profile = file["profile"].flatMap {
            known($0, "profile", ids: library.profiles.map(\.id), lookup: library.profile)
        }
        let guide = file["guide"].flatMap { known($0, "guide", ids: library.guides.map(\.id), lookup: library.guide) }
        if let profile, let guide, let node = file["guide"], !profile.process.contains(where: { $0.guide == guide.id }) {
            error("guide '\(guide.id)' is not a stage of profile '\(profile.id)'; its stages are: "
                + profile.process.map(\.guide).joined(separator: ", "), at: node)
        }
        let assessor = file["assessor"].flatMap { string($0, "assessor") }
        let conducted = file["conducted"].flatMap { date($0, "conducted", notAfter: today) }
        let submit = file["submit"].flatMap { bool($0, "submit") } ?? true
        var sheets: [Scoresheet.Sheet] = []
        if let nodes = file["sheets"].flatMap({ list($0, "sheets") }) {
            if let guide, nodes.count > 1, !Self.isGroup(guide) {
                error("guide '\(guide.id)' takes one candidate per scoresheet (\(nodes.count) sheets); "
                    + "only a group guide takes a sheet per candidate", at: nodes[1])
            }
            let read = nodes.compactMap { sheet($0, guide: guide) }
            sheets = read.map(\.sheet)
            // Unanswered steps are worth a warning only in a scoresheet that can be imported.
            if submit, !diagnostics.hasErrors {
                for (sheet, answersKey) in read where !sheet.unanswered.isEmpty {
                    let count = sheet.unanswered.count == 1 ? "1 step not answered; it counts"
                        : "\(sheet.unanswered.count) steps not answered; they count"
                    warning("\(count) as not assessed: \(sheet.unanswered.joined(separator: ", "))", at: answersKey)
                }
            }
        }
        let candidates = sheets.map(\.candidate)
        guard let profile, let guide, let assessor else { return (nil, candidates) }
        let scoresheet = Scoresheet(path: path, profile: profile, guide: guide, assessor: assessor,
                                    conducted: conducted, submit: submit, sheets: sheets)
        return (scoresheet, candidates)
    }

    /// A guide several candidates take part in at once.
    static func isGroup(_ guide: InterviewGuide) -> Bool {
        guide.kind == .group || guide.items.contains { if case .groupExercise = $0.content { true } else { false } }
    }

    /// A profile or guide of the library, by id.
    private func known<Value>(_ node: Node, _ key: String, ids: [String], lookup: (String) -> Value?) -> Value? {
        guard let id = identifier(node, key) else { return nil }
        if let value = lookup(id) { return value }
        let hint = Self.closest(to: id, in: ids).map { "did you mean '\($0)'?" }
            ?? "known \(key)s: \(ids.joined(separator: ", "))"
        error("unknown \(key) '\(id)'; \(hint)", at: node)
        return nil
    }

    private func date(_ node: Node, _ key: String, notAfter today: CalendarDate?) -> CalendarDate? {
        guard let text = string(node, key) else { return nil }
        guard let date = CalendarDate(text) else {
            error("'\(key)' must be a date written yyyy-mm-dd, found '\(text)'", at: node)
            return nil
        }
        if let today, date > today {
            error("'\(key)' is \(date), after today (\(today))", at: node)
            return nil
        }
        return date
    }

    // MARK: Sheets

    /// A sheet, with the node of its `answers` key.
    private func sheet(_ node: Node, guide: InterviewGuide?) -> (sheet: Scoresheet.Sheet, answersKey: Node?)? {
        guard let fields = mapping(node, "sheet", required: ["candidate", "answers"], optional: ["red-flags"]) else {
            return nil
        }
        let candidate = fields["candidate"].flatMap { candidateReference($0) }
        let answers = guide.flatMap { guide in fields["answers"].map { self.answers($0, guide: guide) } }
        let flags = fields["red-flags"].flatMap { redFlags($0, guide: guide) } ?? []
        var unanswered: [String] = []
        if let guide, let answers {
            let answered = Set(answers.map(\.step.key))
            unanswered = guide.steps.map(\.key).filter { !answered.contains($0) }
        }
        guard let candidate else { return nil }
        let sheet = Scoresheet.Sheet(candidate: candidate, answers: answers ?? [], redFlags: flags, unanswered: unanswered,
                                     location: location(node), answersLocation: location(fields.keyNode("answers")))
        return (sheet, fields.keyNode("answers"))
    }

    private func candidateReference(_ node: Node) -> Scoresheet.CandidateReference? {
        guard case .scalar = node, !isNull(node) else {
            error("'candidate' must be a candidate's id or full name, found \(describe(node))", at: node)
            return nil
        }
        return string(node, "candidate").map { Scoresheet.CandidateReference(text: $0, location: location(node)) }
    }

    private func redFlags(_ node: Node, guide: InterviewGuide?) -> [Scoresheet.RedFlag]? {
        guard let nodes = list(node, "red-flags", allowEmpty: true) else { return nil }
        var seen: Set<String> = []
        return nodes.compactMap { node -> Scoresheet.RedFlag? in
            var idNode = node, note = ""
            if case .mapping = node {
                guard let fields = mapping(node, "red flag", required: ["id"], optional: ["note"]),
                      let id = fields["id"] else { return nil }
                idNode = id
                if let noteNode = fields["note"] {
                    guard let text = string(noteNode, "note") else { return nil }
                    note = text
                }
            }
            guard let id = identifier(idNode, "red flag") else { return nil }
            if let guide {
                let known = guide.redFlags.map(\.id)
                guard known.contains(id) else {
                    let hint = known.isEmpty ? "; the guide defines no red flags"
                        : Self.closest(to: id, in: known).map { "; did you mean '\($0)'?" }
                            ?? "; its red flags are: \(known.joined(separator: ", "))"
                    error("unknown red flag '\(id)' of guide '\(guide.id)'\(hint)", at: idNode)
                    return nil
                }
            }
            guard seen.insert(id).inserted else {
                error("red flag '\(id)' is listed twice", at: idNode)
                return nil
            }
            return Scoresheet.RedFlag(id: id, note: note, location: location(idNode))
        }
    }

    // MARK: Answers

    /// The answers of a sheet, in the guide's step order.
    private func answers(_ node: Node, guide: InterviewGuide) -> [Scoresheet.Answer] {
        if isNull(node) { return [] }
        guard case .mapping(let mapping) = node else {
            error("'answers' must be a mapping of step keys to answers, found \(describe(node))", at: node)
            return []
        }
        let steps = guide.steps
        let order = Dictionary(steps.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var answers: [Scoresheet.Answer] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let scalar) = keyNode, !isNull(keyNode) else {
                error("keys of 'answers' must be step keys such as 'conflict' or 'angry-client/tone', found \(describe(keyNode))",
                      at: keyNode)
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
        let separator = key.firstIndex { $0 == "/" || $0 == "#" }
        let itemID = separator.map { String(key[..<$0]) } ?? key
        guard let item = guide.item(itemID) else {
            let hint = Self.closest(to: key, in: steps.map(\.key)).map { "did you mean '\($0)'?" }
                ?? "its steps are: \(steps.map(\.key).joined(separator: ", "))"
            error("unknown step '\(key)' in guide '\(guide.id)'; \(hint)", at: node)
            return
        }
        let itemSteps = steps.filter { $0.item == itemID }.map(\.key)
        let list = "its steps are: \(itemSteps.joined(separator: ", "))"
        let suggestion = Self.closest(to: key, in: itemSteps).map { "did you mean '\($0)'?" }
        guard let separator else {
            error("'\(key)' is a \(item.typeName) item, not a question; \(list)", at: node)
            return
        }
        let rest = String(key[key.index(after: separator)...])
        if key[separator] == "/" {
            if case .question = item.content {
                error("question '\(itemID)' has no criteria; rate it as '\(itemID)'", at: node)
            } else {
                error("unknown criterion '\(rest)' of \(item.typeName) '\(itemID)'; \(suggestion ?? list)", at: node)
            }
        } else {
            error("\(item.typeName) '\(itemID)' has no step '\(key)'; \(suggestion ?? list)", at: node)
        }
    }

    /// The value and note of one answer: the bare value, or a mapping of the value under its
    /// kind's key (`rating`, `ticked`, `option`, `plan`) and a `note`.
    private func answer(_ node: Node, step: InterviewStep, item: GuideItem) -> (value: Scoresheet.Answer.Value, note: String)? {
        let key = step.key
        let valueKey = switch step.kind {
        case .rating: "rating"
        case .checklist: "ticked"
        case .classification: "option"
        case .plan: "plan"
        }
        var valueNode = node, note = ""
        // A plan is a list of mappings, so a mapping is always the long form.
        if case .mapping = node {
            guard let fields = mapping(node, "the answer to '\(key)'", required: [valueKey], optional: ["note"]) else {
                return nil
            }
            if let noteNode = fields["note"] {
                guard let text = string(noteNode, "note") else { return nil }
                note = text
            }
            guard let value = fields[valueKey] else { return nil }
            valueNode = value
        }
        switch step.kind {
        case .rating:
            return rating(valueNode, key).map { (.rating($0), note) }
        case .checklist:
            guard case .rolePlay(let scenario) = item.content else { return nil }
            return ticked(valueNode, key, behaviours: scenario.checklist.map(\.id)).map { (.checklist($0), note) }
        case .classification(let id):
            guard case .caseTask(let task) = item.content, let classification = task.classification, classification.id == id
            else { return nil }
            return option(valueNode, key, options: classification.options.map(\.id)).map { (.classification($0), note) }
        case .plan:
            guard case .workingDay(let task) = item.content else { return nil }
            return plan(valueNode, key, tasks: task.tasks.map(\.id)).map { (.plan($0), note) }
        }
    }

    /// 1…5, or `n` for not assessed (`.some(nil)`).
    private func rating(_ node: Node, _ key: String) -> Int?? {
        let expected = "a rating 1–5 or n (not assessed)"
        guard case .scalar(let scalar) = node, !isNull(node) else {
            error("'\(key)' takes \(expected), found \(describe(node))", at: node)
            return nil
        }
        if scalar.string == "n" { return .some(nil) }
        guard let value = Int(scalar.string) else {
            error("'\(key)' takes \(expected), found \(describe(node))", at: node)
            return nil
        }
        guard RatingScale.contains(value) else {
            error("rating \(value) of '\(key)' is outside the scale; write \(expected)", at: node)
            return nil
        }
        return .some(value)
    }

    private func ticked(_ node: Node, _ key: String, behaviours: [String]) -> Set<String>? {
        guard case .sequence(let sequence) = node else {
            error("'\(key)' takes the list of behaviours ticked ([] for none), found \(describe(node))", at: node)
            return nil
        }
        var ticked: Set<String> = []
        var valid = true
        for node in sequence {
            guard let id = string(node, "behaviour") else { valid = false; continue }
            guard behaviours.contains(id) else {
                let hint = Self.closest(to: id, in: behaviours).map { "did you mean '\($0)'?" }
                    ?? "its behaviours are: \(behaviours.joined(separator: ", "))"
                error("unknown behaviour '\(id)' in '\(key)'; \(hint)", at: node)
                valid = false
                continue
            }
            if !ticked.insert(id).inserted {
                error("behaviour '\(id)' is ticked twice in '\(key)'", at: node)
                valid = false
            }
        }
        return valid ? ticked : nil
    }

    /// An option id, or `n` for not assessed (`.some(nil)`).
    private func option(_ node: Node, _ key: String, options: [String]) -> String?? {
        let list = options.joined(separator: ", ")
        guard case .scalar = node, !isNull(node), let id = string(node, key) else {
            error("'\(key)' takes one option (\(list)) or n (not assessed), found \(describe(node))", at: node)
            return nil
        }
        if id == "n" && !options.contains("n") { return .some(nil) }
        guard options.contains(id) else {
            let hint = Self.closest(to: id, in: options).map { "did you mean '\($0)'?" } ?? "its options are: \(list)"
            error("unknown option '\(id)' of '\(key)'; \(hint)", at: node)
            return nil
        }
        return .some(id)
    }

    private func plan(_ node: Node, _ key: String, tasks: [String]) -> WorkingDayPlan? {
        guard case .sequence = node, let lines = list(node, key) else {
            if case .sequence = node { return nil }
            error("'\(key)' takes the candidate's plan: a list of {task, minutes} or {task, dropped: true}, "
                + "found \(describe(node))", at: node)
            return nil
        }
        var seen: [String: Int] = [:]
        var entries: [WorkingDayPlan.Entry] = []
        var valid = true
        for line in lines {
            guard let fields = mapping(line, "plan line", required: ["task"], optional: ["minutes", "dropped"]),
                  let taskNode = fields["task"], let task = string(taskNode, "task") else { valid = false; continue }
            let minutes = fields["minutes"].flatMap { self.int($0, "minutes", in: 1...1440) }
            let dropped = fields["dropped"].flatMap { self.bool($0, "dropped") }
            if (fields["minutes"] != nil && minutes == nil) || (fields["dropped"] != nil && dropped == nil) { valid = false }
            guard tasks.contains(task) else {
                let hint = Self.closest(to: task, in: tasks).map { "did you mean '\($0)'?" }
                    ?? "its tasks are: \(tasks.joined(separator: ", "))"
                error("unknown task '\(task)' in '\(key)'; \(hint)", at: taskNode)
                valid = false
                continue
            }
            if let first = seen[task] {
                error("task '\(task)' is already in the plan at line \(first)", at: taskNode)
                valid = false
                continue
            }
            seen[task] = location(taskNode).line
            if dropped == true {
                if let minutesKey = fields.keyNode("minutes") {
                    error("task '\(task)' is dropped, so it takes no 'minutes'", at: minutesKey)
                    valid = false
                }
                entries.append(WorkingDayPlan.Entry(task: task, kept: false, minutes: 0))
            } else if let minutes {
                entries.append(WorkingDayPlan.Entry(task: task, kept: true, minutes: minutes))
            } else if fields["minutes"] == nil {
                error("plan line of task '\(task)' needs 'minutes', or 'dropped: true' when the candidate drops it", at: line)
                valid = false
            }
        }
        return valid ? WorkingDayPlan(entries: entries) : nil
    }
}
