import OtborCore

/// One answer as the API reads and writes it, by the kind of its step:
/// `{"rating": 1…5}` or `{"notAssessed": true}` for a rating, `{"ticks": ["id", …]}` for a checklist,
/// `{"option": "id"}` or `{"notAssessed": true}` for a classification, `{"plan": [{"task": "id",
/// "kept": true, "minutes": 30}, …]}` for a working-day plan, `{"option": "id"}`, `{"value": 150000}`
/// (a salary fact's amount) or `{"notAssessed": true}` for a screening fact; each with an optional `"note"`.
struct AnswerBody: Codable, Sendable, Equatable {
    /// One line of a working-day plan; `kept` defaults to true, `minutes` to 0 (ignored for a dropped task).
    struct PlanLine: Codable, Sendable, Equatable {
        var task: String
        var kept: Bool?
        var minutes: Int?
    }

    var rating: Int?
    var notAssessed: Bool?
    var ticks: [String]?
    var option: String?
    var plan: [PlanLine]?
    /// The amount of a salary fact.
    var value: Int?
    var note: String?

    /// The body showing `value` and `note` (an empty note left out).
    init(_ value: AnswerValue, note: String?) {
        switch value {
        case .rating(let score?): rating = score
        case .rating(nil), .classification(nil), .fact(nil): notAssessed = true
        case .checklist(let ticked): ticks = ticked.sorted()
        case .classification(let chosen?): option = chosen
        case .plan(let lines): plan = lines.entries.map { PlanLine(task: $0.task, kept: $0.kept, minutes: $0.minutes) }
        case .fact(.option(let chosen)?): option = chosen
        case .fact(.amount(let amount)?): self.value = amount
        }
        self.note = note?.isEmpty == false ? note : nil
    }

    /// The answer the body gives to a step of `kind`; `nil` unless it holds exactly one answer
    /// (a `notAssessed` only for a rating, a classification or a fact). Whether the answer fits the step
    /// is Core's rule (``AnswerValue/problems(for:in:)``).
    func value(for kind: InterviewStep.Kind) -> AnswerValue? {
        let given = [rating != nil, notAssessed == true, ticks != nil, option != nil, plan != nil, value != nil].filter { $0 }.count
        guard given == 1 else { return nil }
        if let rating { return .rating(rating) }
        if let ticks { return .checklist(Set(ticks)) }
        if let option { return kind == .fact ? .fact(.option(option)) : .classification(option) }
        if let value { return .fact(.amount(value)) }
        if let plan {
            return .plan(WorkingDayPlan(entries: plan.map { .init(task: $0.task, kept: $0.kept ?? true, minutes: $0.minutes ?? 0) }))
        }
        switch kind {
        case .rating: return .rating(nil)
        case .classification: return .classification(nil)
        case .fact: return .fact(nil)
        case .checklist, .plan: return nil
        }
    }

    /// What a body for a step of `kind` looks like, for the message that refuses another one.
    static func shape(of kind: InterviewStep.Kind) -> String {
        switch kind {
        case .rating: #"{"rating": 1…5} or {"notAssessed": true}"#
        case .checklist: #"{"ticks": ["behaviour", …]}"#
        case .classification: #"{"option": "id"} or {"notAssessed": true}"#
        case .plan: #"{"plan": [{"task": "id", "kept": true, "minutes": 30}, …]}"#
        case .fact: #"{"option": "id"}, {"value": 150000} for salary, or {"notAssessed": true}"#
        }
    }
}
