import OtborCore

/// A phone screen with two fact steps (management experience, salary) and one question, and a
/// profile whose screening softens notice period, for the screening tests.
enum ScreeningFixture {
    static func text(_ ru: String) -> LocalizedText { LocalizedText(ru: ru, en: ru) }

    static let management = ScreeningFact(topic: .managementExperience, text: text("Сколько лет вы руководили людьми?"), options: [
        .init(id: "never", text: text("не руководил"), verdict: .fail, reason: text("никогда не руководил людьми")),
        .init(id: "under-two", text: text("меньше двух лет"), verdict: .discuss, reason: text("опыт меньше двух лет")),
        .init(id: "two-plus", text: text("два года и больше"), verdict: .pass, reason: text("опыт есть")),
    ])
    static let notice = ScreeningFact(topic: .noticePeriod, text: text("Когда можете выйти?"), options: [
        .init(id: "now", text: text("сразу"), verdict: .pass, reason: text("сразу")),
        .init(id: "three-months", text: text("через три месяца"), verdict: .fail, reason: text("отработка три месяца")),
    ])
    static let salary = ScreeningFact(topic: .salary, text: text("Ваши ожидания по зарплате?"))

    static let guide = InterviewGuide(id: "screen", kind: .phone, title: text("Скрининг"), duration: 20, items: [
        GuideItem(id: "lead", content: .fact(management)),
        GuideItem(id: "money", content: .fact(salary)),
        GuideItem(id: "notice", content: .fact(notice)),
        GuideItem(id: "why", content: .question(InterviewQuestion(kind: .motivation, text: text("Почему мы?"), checks: text("мотивация"),
                                                                  competencies: [CompetencyWeight(competency: "engagement", weight: 1)]))),
    ])

    static let profile = JobProfile(
        id: "head", title: text("Руководитель"), level: .head,
        salary: SalaryBand(min: 130_000, max: 200_000, currency: "RUB", period: .month, setBy: .employer),
        screening: [ScreeningRequirement(topic: .managementExperience, text: text("два года руководства")),
                    ScreeningRequirement(topic: .noticePeriod, text: text("выход в течение месяца"), knockout: false)])
}
