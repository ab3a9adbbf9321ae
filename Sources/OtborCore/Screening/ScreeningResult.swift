/// The screening facts of one candidate, judged: kept apart from S and the hurdle. A knock-out
/// here stops the candidate with its reason, whatever their score.
public struct ScreeningResult: Sendable, Hashable, Codable {
    /// Every judged fact, in the order of the sessions and their guides.
    public var facts: [FactOutcome]

    public init(facts: [FactOutcome] = []) {
        self.facts = facts
    }

    /// The failed facts that knock the candidate out.
    public var knockouts: [FactOutcome] { facts.filter(\.isKnockout) }
    /// The facts to discuss before a decision (and failed facts the profile does not treat as knock-outs).
    public var toDiscuss: [FactOutcome] { facts.filter { $0.verdict == .discuss || ($0.verdict == .fail && !$0.isKnockout) } }
    /// Whether some fact knocks the candidate out.
    public var isKnockedOut: Bool { facts.contains(where: \.isKnockout) }

    /// Judges the fact answers of `sessions` (each with its recorded guide and answers) against
    /// `profile`; answers that do not fit their fact are left out.
    public init(profile: JobProfile, sessions: [(guide: InterviewGuide, answers: SessionAnswers)]) {
        var facts: [FactOutcome] = []
        for (guide, answers) in sessions {
            for item in guide.items {
                guard case .fact(let fact) = item.content,
                      let entry = answers.facts[StepKey.key(item: item.id, kind: .fact)], let answer = entry,
                      let outcome = FactOutcome(fact: fact, answer: answer, stage: guide.id, item: item.id, profile: profile)
                else { continue }
                facts.append(outcome)
            }
        }
        self.init(facts: facts)
    }
}
