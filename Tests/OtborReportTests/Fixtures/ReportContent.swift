import OtborCore

/// The content of the report fixtures: a cut of the senior support manager profile with six
/// requirements (two critical), four stages in the process — an HR interview of questions, a
/// role-play with a checklist, a case with a classification plus the working-day task, and a group
/// exercise that is never run — and the competency library behind them.
enum ReportContent {
    static let competencies: [(id: String, ru: String, en: String, group: CompetencyGroup)] = [
        ("execution-management", "Управление исполнением", "Execution management", .managerial),
        ("negotiation-conflict", "Переговоры и конфликты", "Negotiation and conflicts", .personal),
        ("client-orientation", "Клиентоориентированность", "Client orientation", .soft),
        ("stress-resistance", "Стрессоустойчивость", "Stress resistance", .personal),
        ("planning", "Планирование и приоритеты", "Planning and priorities", .managerial),
        ("mentoring", "Наставничество", "Mentoring", .managerial),
    ]

    static func text(_ ru: String, _ en: String? = nil) -> LocalizedText { LocalizedText(ru: ru, en: en) }
    static func weight(_ id: String, _ value: Double = 1) -> CompetencyWeight { CompetencyWeight(competency: id, weight: value) }

    static var library: ContentLibrary {
        ContentLibrary(
            competencies: competencies.map { entry in
                Competency(id: entry.id, name: text(entry.ru, entry.en), group: entry.group,
                           definition: text("Определение: " + entry.ru, "Definition: " + entry.en),
                           levels: (1...5).map { text("Уровень \($0): " + entry.ru, "Level \($0): " + entry.en) })
            },
            profiles: [profile], guides: [hr, rolePlay, caseStage, group])
    }

    static var profile: JobProfile {
        JobProfile(
            id: "ssm", title: text("Старший менеджер поддержки", "Senior support manager"), level: .senior,
            requirements: [
                CompetencyRequirement(competency: "execution-management", group: .managerial, level: 4, weight: 3, critical: true),
                CompetencyRequirement(competency: "negotiation-conflict", group: .personal, level: 4, weight: 2, critical: true),
                CompetencyRequirement(competency: "client-orientation", group: .soft, level: 4, weight: 2),
                CompetencyRequirement(competency: "stress-resistance", group: .personal, level: 3, weight: 1),
                CompetencyRequirement(competency: "planning", group: .managerial, level: 4, weight: 2),
                CompetencyRequirement(competency: "mentoring", group: .managerial, level: 3, weight: 1),
            ],
            disc: DISCStyle(lenient: "SC"),
            knockouts: [KnockoutRule(id: "ko-blame", text: text("Перекладывает вину на клиента", "Blames the client"),
                                     condition: .redFlag("rf-blame"))],
            process: [ProcessStage(guide: "hr", weight: 1), ProcessStage(guide: "rp", weight: 1),
                      ProcessStage(guide: "cs", weight: 1), ProcessStage(guide: "grp", weight: 1)])
    }

    static var hr: InterviewGuide {
        func question(_ id: String, _ ru: String, _ weights: [CompetencyWeight]) -> GuideItem {
            GuideItem(id: id, content: .question(InterviewQuestion(
                kind: .behavioural, text: text(ru), checks: text("Что проверяет: " + ru), competencies: weights)))
        }
        return InterviewGuide(
            id: "hr", kind: .hr, title: text("Интервью с HR", "HR interview"), duration: 60,
            redFlags: [RedFlag(id: "rf-blame", text: text("Винит клиентов", "Blames clients"))],
            items: [
                question("q-conflict", "Расскажите о конфликте с клиентом", [weight("negotiation-conflict"), weight("client-orientation")]),
                question("q-results", "Как вы добивались выполнения плана?", [weight("execution-management")]),
                question("q-stress", "Как вы работаете под давлением?", [weight("stress-resistance")]),
                question("q-plan", "Как вы планируете неделю?", [weight("planning")]),
            ])
    }

    static var rolePlay: InterviewGuide {
        let scenario = RolePlayScenario(
            title: text("Разгневанный клиент", "Angry client"), candidateBrief: text("Клиент звонит в ярости"),
            actorBrief: text("Вы недовольны третьим сбоем подряд"),
            criteria: [
                RatingCriterion(id: "tone", text: text("Тон", "Tone"), competencies: [weight("client-orientation"), weight("negotiation-conflict")]),
                RatingCriterion(id: "resolution", text: text("Решение", "Resolution"), competencies: [weight("negotiation-conflict")]),
            ],
            checklist: [
                .init(id: "greet", text: text("Поздоровался и представился"), competency: "client-orientation"),
                .init(id: "apologise", text: text("Извинился за неудобство"), competency: "client-orientation"),
                .init(id: "interrupt", text: text("Перебивал клиента"), competency: "client-orientation", positive: false),
                .init(id: "calm-voice", text: text("Говорил спокойно"), competency: "stress-resistance"),
                .init(id: "calm-pace", text: text("Не торопился"), competency: "stress-resistance"),
            ])
        return InterviewGuide(id: "rp", kind: .rolePlay, title: text("Ролевая игра", "Role-play"), duration: 30,
                              items: [GuideItem(id: "angry-client", content: .rolePlay(scenario))])
    }

    static let dayTasks: [WorkingDayTask.Task] = [
        .init(id: "report", text: text("Отчёт для директора", "Report for the director"), kind: .work, importance: 3, minutes: 90),
        .init(id: "meeting", text: text("Планёрка", "Stand-up"), kind: .work, importance: 3, minutes: 30, fixedAt: ClockTime("10:00")),
        .init(id: "tickets", text: text("Эскалации", "Escalations"), kind: .work, importance: 3, minutes: 120),
        .init(id: "lecture", text: text("Лекция по продукту", "Product lecture"), kind: .work, importance: 2, minutes: 60),
        .init(id: "social", text: text("Соцсети", "Social media"), kind: .personal, importance: 1, minutes: 30),
        .init(id: "shop", text: text("Покупки", "Shopping"), kind: .personal, importance: 1, minutes: 45),
    ]

    static var workingDay: WorkingDayTask {
        WorkingDayTask(title: text("Рабочий день", "Working day"), statement: text("Спланируйте день"),
                       dayStart: ClockTime("09:00")!, dayEnd: ClockTime("18:00")!, tasks: dayTasks,
                       rules: WorkingDayTask.Rules(), competencies: [weight("planning")])
    }

    static var caseStage: InterviewGuide {
        let discount = CaseTask(
            title: text("Скидка 50 %", "The 50 % discount"), statement: text("Клиент требует скидку"),
            criteria: [RatingCriterion(id: "analysis", text: text("Анализ", "Analysis"), competencies: [weight("execution-management")])],
            classification: CaseTask.Classification(
                id: "responsibility", text: text("Ответственность", "Responsibility"), competency: "execution-management",
                options: [.init(id: "under", text: text("Недостаточная", "Under"), rating: 2),
                          .init(id: "adequate", text: text("Адекватная", "Adequate"), rating: 5),
                          .init(id: "over", text: text("Избыточная", "Over"), rating: 2)]))
        return InterviewGuide(id: "cs", kind: .case, title: text("Кейсы", "Cases"), duration: 45,
                              items: [GuideItem(id: "discount", content: .caseTask(discount)),
                                      GuideItem(id: "day", content: .workingDay(workingDay))])
    }

    static var group: InterviewGuide {
        let exercise = GroupExercise(
            title: text("Групповая дискуссия"), statement: text("Выберите проект"),
            criteria: [RatingCriterion(id: "coach", text: text("Помогает другим"), competencies: [weight("mentoring")])])
        return InterviewGuide(id: "grp", kind: .group, title: text("Групповое упражнение", "Group exercise"), duration: 60,
                              items: [GuideItem(id: "discussion", content: .groupExercise(exercise))])
    }
}
