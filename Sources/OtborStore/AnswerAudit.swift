import OtborCore

/// What every engine writes about an answer: the audit log's wording of its value (never its
/// note), and the rating scale check done where a rating is written.
public enum AnswerAudit {
    /// The value as the audit log says it.
    public static func value(_ value: RecordedAnswer.Value) -> String {
        switch value {
        case .rating(let score?): "rating \(score)"
        case .rating(nil): "not assessed"
        case .checklist(let ticked): "ticked \(ticked.sorted().joined(separator: ","))"
        case .classification(let option): "option \(option ?? "not assessed")"
        case .plan(let plan): "plan of \(plan.entries.count) tasks, \(plan.entries.filter(\.kept).count) kept"
        case .fact(let answer): "fact \(answer?.stored ?? "not asked")"
        }
    }

    /// Refuses a rating outside ``RatingScale`` (`nil`, not assessed, is allowed).
    public static func checkRating(_ score: Int?) throws {
        if let score, !RatingScale.contains(score) {
            throw StoreError.invalid("a rating is \(RatingScale.minimum) to \(RatingScale.maximum), not \(score)")
        }
    }
}
