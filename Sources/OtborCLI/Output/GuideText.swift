import OtborCore

/// The text form of `otbor guides show`.
struct GuideText {
    let guide: InterviewGuide
    let library: ContentLibrary
    let language: ContentLanguage

    func render() -> String {
        func t(_ text: LocalizedText) -> String { text.text(in: language) }
        var lines = ["\(t(guide.title)) [\(guide.id)] — \(guide.kind.rawValue), \(guide.duration) min"]
        if let purpose = guide.purpose { lines.append(t(purpose)) }
        lines.append("Rates: " + guide.measuredCompetencies.map { id in
            library.competency(id).map { t($0.name) } ?? id
        }.joined(separator: ", "))
        for (index, item) in guide.items.enumerated() {
            let source = item.provenance.source.map { " [\(($0.ids.isEmpty ? ["seed \($0.seed)"] : $0.ids).joined(separator: ", "))]" } ?? ""
            let authored = item.provenance.authored != nil ? " (authored)" : ""
            lines.append("\n\(index + 1). \(item.typeName): \(t(item.title))\(source)\(authored)")
            switch item.content {
            case .question(let question):
                lines.append("   checks: \(t(question.checks))")
                question.anchors.forEach { lines.append("   \($0.level): \(t($0.text))") }
            case .rolePlay(let scenario):
                scenario.criteria.forEach { lines.append("   criterion: \(t($0.text))") }
                scenario.checklist.forEach { lines.append("   [\($0.positive ? "+" : "−")] \(t($0.text))") }
            case .caseTask(let task):
                lines.append("   \(t(task.statement))")
                task.criteria.forEach { lines.append("   criterion: \(t($0.text))") }
                if let classification = task.classification {
                    lines.append("   classify \(t(classification.text)): "
                        + classification.options.map { "\($0.id) → \($0.rating)" }.joined(separator: ", "))
                }
            case .workingDay(let task):
                lines.append("   day \(task.dayStart)–\(task.dayEnd), \(task.tasks.count) tasks")
                for day in task.tasks {
                    lines.append("   • \(t(day.text)) — importance \(day.importance), \(day.minutes) min"
                        + (day.fixedAt.map { " at \($0)" } ?? "") + (day.authored ? " (authored)" : ""))
                }
            case .groupExercise(let exercise):
                lines.append("   \(t(exercise.statement))")
                exercise.criteria.forEach { lines.append("   criterion: \(t($0.text))") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
