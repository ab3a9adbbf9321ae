import OtborCore
import OtborStore

/// What the runner shows for one step of a guide and the prompt that takes its answer.
struct StepScreen {
    var guide: InterviewGuide
    /// The competency library, for the levels of competencies; `nil` shows the guide's anchors only.
    var library: ContentLibrary?
    var words: ConsoleWording

    var language: ContentLanguage { words.language }

    /// The header line: position, candidate (group runs), item and part, timer.
    func header(_ step: InterviewStep, position: Int, of count: Int, candidate: String?, timer: SessionTimer, style: ConsoleStyle) -> String {
        var parts = ["\(position)/\(count)"]
        if let candidate { parts.append(candidate) }
        parts.append(step.item)
        if let part = partName(step) { parts.append(part) }
        let clock = timer.isOverrun ? style.red(timer.line) : style.dim(timer.line)
        return style.bold("━━ " + parts.joined(separator: " · ")) + "   " + clock
    }

    /// What the assessor needs to know on entering an item: its title and the brief or statement.
    func context(_ step: InterviewStep) -> [String] {
        guard let item = guide.item(step.item) else { return [] }
        func text(_ value: LocalizedText) -> String { value.text(in: language) }
        switch item.content {
        case .question, .fact: return []
        case .rolePlay(let scenario): return [text(scenario.title), words(.candidateBrief, ["brief": text(scenario.candidateBrief)])]
        case .caseTask(let task): return [text(task.title), text(task.statement)]
        case .workingDay(let task): return [text(task.title), text(task.statement)]
        case .groupExercise(let exercise): return [text(exercise.title), text(exercise.statement)]
        }
    }

    /// Shows the step and asks for its answer.
    func ask(_ step: InterviewStep, current: RecordedAnswer.Value?, console: Console) -> PromptOutcome<RecordedAnswer.Value> {
        guard let item = guide.item(step.item) else { return .navigate(.skip) }
        switch (step.kind, item.content) {
        case (.rating(nil), .question(let question)):
            let prompt = RatingPrompt(
                text: question.text.text(in: language), checks: question.checks.text(in: language),
                competencies: RatingPrompt.competencyLine(question.competencies, library: library, words: words),
                scale: AnchorScale(anchors: question.anchors, competencies: question.competencies, library: library, language: language),
                current: currentRating(current), words: words)
            return map(prompt.ask(console)) { .rating($0) }
        case (.rating(let criterion?), _):
            guard let found = item.criteria.first(where: { $0.id == criterion }) else { return .navigate(.skip) }
            let prompt = RatingPrompt(
                text: found.text.text(in: language), checks: nil,
                competencies: RatingPrompt.competencyLine(found.competencies, library: library, words: words),
                scale: AnchorScale(anchors: found.anchors, competencies: found.competencies, library: library, language: language),
                current: currentRating(current), words: words)
            return map(prompt.ask(console)) { .rating($0) }
        case (.checklist, .rolePlay(let scenario)):
            var ticked: Set<String>?
            if case .checklist(let value)? = current { ticked = value }
            return map(ChecklistPrompt(behaviours: scenario.checklist, words: words, current: ticked).ask(console)) { .checklist($0) }
        case (.classification, .caseTask(let task)):
            guard let classification = task.classification else { return .navigate(.skip) }
            var chosen: String??
            if case .classification(let value)? = current { chosen = .some(value) }
            return map(ClassificationPrompt(classification: classification, words: words, current: chosen).ask(console)) {
                .classification($0)
            }
        case (.plan, .workingDay(let task)):
            var plan: WorkingDayPlan?
            if case .plan(let value)? = current { plan = value }
            return map(PlanPrompt(task: task, words: words, current: plan).ask(console)) { .plan($0) }
        case (.fact, .fact(let fact)):
            var recorded: FactAnswer??
            if case .fact(let value)? = current { recorded = .some(value) }
            return map(FactPrompt(fact: fact, words: words, current: recorded).ask(console)) { .fact($0) }
        default:
            return .navigate(.skip)
        }
    }

    /// The criterion or part a step rates, for the header.
    private func partName(_ step: InterviewStep) -> String? {
        switch step.kind {
        case .rating(nil): nil
        case .rating(let criterion?): criterion
        case .checklist: words(.checklistPart)
        case .classification(let id): id
        case .plan: words(.planPart)
        case .fact: words(.factPart)
        }
    }

    private func currentRating(_ value: RecordedAnswer.Value?) -> Int?? {
        if case .rating(let score)? = value { return .some(score) }
        return nil
    }

    private func map<T>(_ outcome: PromptOutcome<T>, _ transform: (T) -> RecordedAnswer.Value) -> PromptOutcome<RecordedAnswer.Value> {
        switch outcome {
        case .answer(let value): .answer(transform(value))
        case .navigate(let key): .navigate(key)
        case .endOfInput: .endOfInput
        }
    }
}
