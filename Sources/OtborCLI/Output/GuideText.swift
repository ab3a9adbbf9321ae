import OtborCore

/// The text form of `otbor guides show`.
struct GuideText {
    let guide: InterviewGuide
    let library: ContentLibrary
    let words: ConsoleWording

    func render() -> String {
        func t(_ text: LocalizedText) -> String { words.content(text) }
        var lines = ["\(t(guide.title)) [\(guide.id)] — \(words.report.stageKind(guide.kind)), "
            + words(.minutesShort, ["minutes": String(guide.duration)])]
        if let purpose = guide.purpose { lines.append(t(purpose)) }
        lines.append(words(.ratesLine, ["competencies": guide.measuredCompetencies.map { id in
            library.competency(id).map { t($0.name) } ?? id
        }.joined(separator: ", ")]))
        for (index, item) in guide.items.enumerated() {
            let source = item.provenance.source.map {
                " [" + ($0.ids.isEmpty ? [words(.seedSource, ["seed": $0.seed])] : $0.ids).joined(separator: ", ") + "]"
            } ?? ""
            let authored = item.provenance.authored != nil ? " " + words(.authored) : ""
            lines.append("\n\(index + 1). \(words.itemType(item)): \(t(item.title))\(source)\(authored)")
            if let group = guide.alternativeGroup(of: item.id) {
                let isDefault = group.items.prefix(group.run).contains(item.id)
                lines.append("   " + words(isDefault ? .alternativeDefault : .alternativeAlternate,
                                           ["run": String(group.run), "count": String(group.items.count)]))
            }
            switch item.content {
            case .question(let question):
                lines.append("   " + words(.checksLine, ["text": t(question.checks)]))
                question.anchors.forEach { lines.append("   \($0.level): \(t($0.text))") }
            case .rolePlay(let scenario):
                scenario.criteria.forEach { lines.append("   " + words(.criterionLine, ["text": t($0.text)])) }
                scenario.checklist.forEach { lines.append("   [\($0.positive ? "+" : "−")] \(t($0.text))") }
            case .caseTask(let task):
                lines.append("   \(t(task.statement))")
                task.criteria.forEach { lines.append("   " + words(.criterionLine, ["text": t($0.text)])) }
                if let classification = task.classification {
                    lines.append("   " + words(.classifyLine, ["text": t(classification.text), "options":
                        classification.options.map { "\($0.id) → \($0.rating)" }.joined(separator: ", ")]))
                }
            case .workingDay(let task):
                lines.append("   " + words(.dayLine, ["start": task.dayStart.description, "end": task.dayEnd.description,
                                                      "tasks": words.count(task.tasks.count, .task)]))
                for day in task.tasks {
                    lines.append("   • \(t(day.text)) — "
                        + words(.dayTaskLine, ["importance": String(day.importance), "minutes": String(day.minutes)])
                        + (day.fixedAt.map { " " + words(.atTime, ["time": $0.description]) } ?? "")
                        + (day.authored ? " " + words(.authored) : ""))
                }
            case .groupExercise(let exercise):
                lines.append("   \(t(exercise.statement))")
                exercise.criteria.forEach { lines.append("   " + words(.criterionLine, ["text": t($0.text)])) }
            case .fact(let fact):
                fact.options.forEach { lines.append("   • \(t($0.text)) — \(words.verdict($0.verdict)): \(t($0.reason))") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
