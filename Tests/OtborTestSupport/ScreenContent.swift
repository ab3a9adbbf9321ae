import OtborCore

/// Pieces of the small phone screen (`screen`) and profile (`ssm`) that store and CLI tests open
/// sessions on, so each fixture spells out only the items it differs in.
public enum ScreenContent {
    /// The phone guide `screen` «Скрининг», 20 minutes, with `items`.
    public static func guide(_ items: [GuideItem]) -> InterviewGuide {
        InterviewGuide(id: "screen", kind: .phone, title: LocalizedText(ru: "Скрининг"), duration: 20, items: items)
    }

    /// A question that «Проверяет» `competencies`, each weighted 1.
    public static func question(_ id: String, _ kind: InterviewQuestion.Kind, _ text: String,
                                competencies: [String]) -> GuideItem {
        GuideItem(id: id, content: .question(InterviewQuestion(
            kind: kind, text: LocalizedText(ru: text), checks: LocalizedText(ru: "Проверяет"),
            competencies: competencies.map { CompetencyWeight(competency: $0, weight: 1) })))
    }

    /// A role-play «Игра» without criteria whose checklist behaviours (id, text) all show empathy.
    public static func rolePlay(_ id: String, checklist: [(id: String, text: String)]) -> GuideItem {
        GuideItem(id: id, content: .rolePlay(RolePlayScenario(
            title: LocalizedText(ru: "Игра"), candidateBrief: LocalizedText(ru: "Бриф"), actorBrief: LocalizedText(ru: "Бриф"),
            criteria: [],
            checklist: checklist.map {
                RolePlayScenario.Behaviour(id: $0.id, text: LocalizedText(ru: $0.text), competency: "empathy")
            })))
    }

    /// The senior profile `ssm`: empathy (soft, level 3, weight 2, critical) and planning
    /// (managerial, level 3, weight 1), with one stage per guide in `stages`, each weighted 1.
    public static func profile(stages: [String]) -> JobProfile {
        JobProfile(
            id: "ssm", title: LocalizedText(ru: "Старший МС"), level: .senior,
            requirements: [
                CompetencyRequirement(competency: "empathy", group: .soft, level: 3, weight: 2, critical: true),
                CompetencyRequirement(competency: "planning", group: .managerial, level: 3, weight: 1),
            ],
            process: stages.map { ProcessStage(guide: $0, weight: 1) })
    }
}
