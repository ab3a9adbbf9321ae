/// Turns observations that are not ratings into ratings (Docs/Scoring.md, "Converted ratings").
public enum ChecklistConversion {
    /// One rating per competency from a role-play's ticked behaviours.
    ///
    /// For competency c with P positive behaviours listed, p of them ticked and m ticked mistakes:
    /// rating = clamp(1 + 4·p/P − m, 1, 5). A competency with no positive behaviour listed gets no
    /// rating from the checklist (its mistakes stay visible in the report).
    public static func ratings(scenario: RolePlayScenario, item: String, ticked: Set<String>) -> [ItemRating] {
        var order: [String] = []
        for behaviour in scenario.checklist where !order.contains(behaviour.competency) { order.append(behaviour.competency) }
        return order.compactMap { competency in
            let listed = scenario.checklist.filter { $0.competency == competency }
            let positives = listed.filter(\.positive)
            guard !positives.isEmpty else { return nil }
            let hits = positives.filter { ticked.contains($0.id) }.count
            let mistakes = listed.filter { !$0.positive && ticked.contains($0.id) }.count
            let value = RatingScale.clamp(RatingScale.value(atShare: Double(hits) / Double(positives.count)) - Double(mistakes))
            return ItemRating(item: "\(item)/checklist/\(competency)", value: value,
                              weights: [CompetencyWeight(competency: competency, weight: 1)])
        }
    }

    /// The rating a case classification converts to: the chosen option's `rating` for the classified competency.
    public static func rating(classification: CaseTask.Classification, item: String, option: String) -> ItemRating? {
        guard let chosen = classification.options.first(where: { $0.id == option }) else { return nil }
        return ItemRating(item: "\(item)/\(classification.id)", value: Double(chosen.rating),
                          weights: [CompetencyWeight(competency: classification.competency, weight: 1)])
    }
}
