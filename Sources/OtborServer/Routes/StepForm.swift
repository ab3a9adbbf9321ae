import OtborCore

/// The answer a step's form gives (`POST /interviews/{id}/steps/{step}`, the page without
/// JavaScript): `rating` 1–5 or `n`; the ticked `tick`s of a checklist; `option` or `n` of a
/// classification or a fact, or `value` (a whole amount) of a salary fact; for a plan, `order-TASK` and `minutes-TASK` per task (a task with an order is in
/// the plan, in that order; without minutes it is dropped). Whether the answer fits the step is
/// Core's rule, checked by ``InterviewDesk``.
struct StepForm {
    /// Why the form gives no answer: the phrase of what it accepts.
    struct Missing: Error {
        var accepted: ConsolePhrase
    }

    var fields: FormFields

    /// The evidence note typed, if any.
    var note: String? { fields.pairs.first { $0.name == "note" }?.value }

    func answer(to step: InterviewStep, in guide: InterviewGuide) throws(Missing) -> AnswerValue {
        switch step.kind {
        case .rating:
            guard let rating = fields["rating"], !rating.isEmpty else { throw Missing(accepted: .ratingAccepted) }
            if rating == "n" { return .rating(nil) }
            guard let score = Int(rating) else { throw Missing(accepted: .ratingAccepted) }
            return .rating(score)
        case .checklist:
            return .checklist(Set(fields.all("tick")))
        case .classification:
            guard let option = fields["option"], !option.isEmpty else { throw Missing(accepted: .optionAccepted) }
            return .classification(option == "n" ? nil : option)
        case .fact:
            guard case .fact(let fact)? = guide.item(step.item)?.content, fact.topic.isAmount else {
                guard let option = fields["option"], !option.isEmpty else { throw Missing(accepted: .optionAccepted) }
                return .fact(option == "n" ? nil : .option(option))
            }
            let text = (fields["value"] ?? "").filter { !$0.isWhitespace }
            if text == "n" { return .fact(nil) }
            guard let amount = Int(text) else { throw Missing(accepted: .amountAccepted) }
            return .fact(.amount(amount))
        case .plan:
            guard case .workingDay(let task)? = guide.item(step.item)?.content else { return .plan(WorkingDayPlan(entries: [])) }
            return .plan(try plan(task))
        }
    }

    /// The plan of the order and minutes fields, in the order given (ties in the task list's order).
    private func plan(_ task: WorkingDayTask) throws(Missing) -> WorkingDayPlan {
        var listed: [(order: Int, index: Int, entry: WorkingDayPlan.Entry)] = []
        for (index, item) in task.tasks.enumerated() {
            guard let orderText = fields["order-\(item.id)"], !orderText.isEmpty else { continue }
            guard let order = Int(orderText) else { throw Missing(accepted: .planAccepted) }
            let minutesText = fields["minutes-\(item.id)"] ?? ""
            if minutesText.isEmpty || minutesText == "-" {
                listed.append((order, index, WorkingDayPlan.Entry(task: item.id, kept: false, minutes: 0)))
            } else {
                guard let minutes = Int(minutesText) else { throw Missing(accepted: .planAccepted) }
                listed.append((order, index, WorkingDayPlan.Entry(task: item.id, kept: true, minutes: minutes)))
            }
        }
        return WorkingDayPlan(entries: listed.sorted { ($0.order, $0.index) < ($1.order, $1.index) }.map(\.entry))
    }
}
