import OtborCore

/// Guides for the interview tests (Core's sitting, the console's API): every kind of step, with red
/// flags; and a group exercise.
public enum MixedGuide {
    public static func text(_ value: String) -> LocalizedText { LocalizedText(ru: value, en: value) }

    public static let guide = InterviewGuide(
        id: "mixed", kind: .rolePlay, title: text("Mixed"), duration: 60,
        redFlags: [RedFlag(id: "blames-employer", text: text("Blames the employer")), RedFlag(id: "late", text: text("Late"))],
        items: [
            GuideItem(id: "conflict", content: .question(InterviewQuestion(
                kind: .behavioural, text: text("A conflict"), checks: text("Checks"),
                competencies: [CompetencyWeight(competency: "empathy", weight: 1)]))),
            GuideItem(id: "angry-client", content: .rolePlay(RolePlayScenario(
                title: text("Client"), candidateBrief: text("Brief"), actorBrief: text("Brief"),
                criteria: [RatingCriterion(id: "tone", text: text("Tone"), competencies: [CompetencyWeight(competency: "empathy", weight: 1)])],
                checklist: [.init(id: "apologises", text: text("Apologises"), competency: "empathy"),
                            .init(id: "interrupts", text: text("Interrupts"), competency: "empathy", positive: false)]))),
            GuideItem(id: "discount", content: .caseTask(CaseTask(
                title: text("Discount"), statement: text("50 %"),
                criteria: [RatingCriterion(id: "realism", text: text("Realism"), competencies: [CompetencyWeight(competency: "planning", weight: 1)])],
                classification: CaseTask.Classification(
                    id: "responsibility", text: text("Responsibility"), competency: "planning",
                    options: [.init(id: "under", text: text("Under"), rating: 2), .init(id: "adequate", text: text("Adequate"), rating: 5)])))),
            GuideItem(id: "day", content: .workingDay(WorkingDayTask(
                title: text("Day"), statement: text("Plan"), dayStart: ClockTime("09:00")!, dayEnd: ClockTime("18:00")!,
                tasks: [.init(id: "lecture", text: text("Lecture"), kind: .work, importance: 3, minutes: 60),
                        .init(id: "lunch", text: text("Lunch"), kind: .personal, importance: 1, minutes: 90)],
                rules: WorkingDayTask.Rules(), competencies: [CompetencyWeight(competency: "planning", weight: 1)]))),
        ])

    public static let group = InterviewGuide(
        id: "group", kind: .group, title: text("Group"), duration: 30,
        items: [GuideItem(id: "chat", content: .groupExercise(GroupExercise(
            title: text("Chat"), statement: text("Cut the wait"),
            criteria: [RatingCriterion(id: "activity", text: text("Activity"), competencies: []),
                       RatingCriterion(id: "listening", text: text("Listening"), competencies: [])])))])

    /// The step of `guide` with `key`.
    public static func step(_ key: String, in guide: InterviewGuide = guide) -> InterviewStep {
        guide.step(key: key)!
    }
}
