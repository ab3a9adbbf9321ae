import OtborCore
@testable import OtborReport

/// Builds realistic report inputs in code: candidates assessed in three of the profile's four
/// stages by three assessors (two per stage) with evidence notes, a disagreement settled by
/// consensus, a recorded decision and a DISC result. Every piece of person text can be replaced,
/// which the hostile-text test does.
struct ReportFixture {
    /// The person text the fixture uses.
    struct People {
        var candidateName = "Мария Кузнецова"
        var candidateID = "c-001"
        var source = "hh.ru"
        var assessors = ["Анна Иванова", "Борис Петров", "Вера Смирнова"]
        /// The note for a step key; `nil` for none.
        var note: (String) -> String? = ReportFixture.plainNote
        var rationale = "Пример STAR был полным: клиент сохранён"
        var reason = "Сильный кандидат, пригласить к руководителю"
        var decider = "Ольга Соколова (HR)"
        var timestamp = StoreTime.parse("2026-03-02T10:00:00.000Z")!
        var runTitle = "Подбор: старший менеджер поддержки"
    }

    var people = People()
    /// Added to every anchored rating (clamped to 1…5), to make candidates differ.
    var shift = 0
    var withDISC = true
    /// Whether the second HR assessor records the red flag behind the profile's knock-out rule.
    var redFlag = true

    static func plainNote(_ key: String) -> String? {
        switch key {
        case "q-conflict": "Привела пример STAR: вернула клиента после третьего сбоя"
        case "q-results": "Цифры по SLA назвала сама, без подсказки"
        case "angry-client#checklist": "Один раз перебила клиента, но быстро извинилась"
        case "discount#responsibility": "Взяла решение на себя, согласовала с финансами"
        case "day#plan": "Лекцию запланировала на 15 минут — нереалистично"
        default: nil
        }
    }

    private func rating(_ base: Int) -> Int? { min(5, max(1, base + shift)) }

    /// The sessions: HR by assessors 0 and 1, role-play by 1 and 2, case by 0 and 2.
    func sessions() -> [ReportSession] {
        let a = people.assessors
        func session(_ id: String, _ guide: InterviewGuide, _ assessor: String, _ answers: SessionAnswers,
                     redFlags: [String] = []) -> ReportSession {
            let notes = Dictionary(guide.steps.compactMap { step in people.note(step.key).map { (step.key, $0) } },
                                   uniquingKeysWith: { first, _ in first })
            return ReportSession(id: id, guide: guide, guideHash: "sha256:" + guide.id + "-v1", assessor: assessor,
                                 startedAt: StoreTime.parse("2026-02-2\(id.count % 8)T10:00:00.000Z")!,
                                 submittedAt: StoreTime.parse("2026-02-2\(id.count % 8)T11:00:00.000Z")!,
                                 activeMinutes: 42, answers: answers, notes: notes, redFlags: redFlags)
        }
        let hr0 = SessionAnswers(ratings: ["q-conflict": rating(2), "q-results": rating(4), "q-stress": rating(4), "q-plan": nil])
        let hr1 = SessionAnswers(ratings: ["q-conflict": rating(4), "q-results": rating(5), "q-stress": rating(3), "q-plan": rating(4)])
        let rp1 = SessionAnswers(ratings: ["angry-client/tone": rating(4), "angry-client/resolution": rating(4)],
                                 checklists: ["angry-client": ["greet", "apologise", "interrupt", "calm-voice"]])
        let rp2 = SessionAnswers(ratings: ["angry-client/tone": rating(3), "angry-client/resolution": rating(4)],
                                 checklists: ["angry-client": ["greet", "calm-voice", "calm-pace"]])
        let plan = WorkingDayPlan(entries: [
            .init(task: "social", kept: true, minutes: 30), .init(task: "meeting", kept: true, minutes: 30),
            .init(task: "tickets", kept: true, minutes: 120), .init(task: "report", kept: true, minutes: 90),
            .init(task: "lecture", kept: true, minutes: 15), .init(task: "shop", kept: false, minutes: 0),
        ])
        let cs0 = SessionAnswers(ratings: ["discount/analysis": rating(4)], classifications: ["discount#responsibility": "adequate"],
                                 plans: ["day": plan])
        let cs2 = SessionAnswers(ratings: ["discount/analysis": rating(3)], classifications: ["discount#responsibility": "under"],
                                 plans: ["day": plan])
        return [
            session("s-hr-0", ReportContent.hr, a[0], hr0), session("s-hr-1", ReportContent.hr, a[1], hr1, redFlags: redFlag ? ["rf-blame"] : []),
            session("s-rp-1", ReportContent.rolePlay, a[1], rp1), session("s-rp-2", ReportContent.rolePlay, a[2], rp2),
            session("s-cs-0", ReportContent.caseStage, a[0], cs0), session("s-cs-2", ReportContent.caseStage, a[2], cs2),
        ]
    }

    /// The consensus the panel recorded on the HR disagreement about negotiation.
    var consensus: [ConsensusRecord] {
        [ConsensusRecord(consensus: Consensus(stage: "hr", competency: "negotiation-conflict", value: 4, rationale: people.rationale)!,
                         recordedBy: people.decider, recordedAt: Self.decidedAt)]
    }

    /// When the fixture's consensus and decision were recorded.
    static let decidedAt = StoreTime.parse("2026-03-02T10:00:00.000Z")!

    func scorecard(_ sessions: [ReportSession]) -> Scorecard {
        let stages = Dictionary(grouping: sessions, by: \.guide.id).map { id, list in
            StageRatings(stage: id, sheets: list.map { AssessorSheet(assessor: $0.assessor, ratings: $0.answers.itemRatings(guide: $0.guide)) })
        }
        let agreed = consensus.map(\.consensus)
        return ScoringEngine().score(profile: ReportContent.profile, stages: stages, consensus: agreed,
                                     redFlags: Set(sessions.flatMap(\.redFlags)))
    }

    static let disc = ReportDISC(composite: DISCFactorValues(d: -7, i: -5, s: 7, c: 5), groupCount: 24,
                                 most: DISCFactorValues(d: 2, i: 3, s: 10, c: 9), least: DISCFactorValues(d: 9, i: 8, s: 3, c: 4))

    func candidateInput() -> CandidateReportInput {
        let sessions = sessions()
        return CandidateReportInput(
            candidate: ReportPerson(id: people.candidateID, name: people.candidateName, source: people.source, consentDate: CalendarDate("2026-02-01")),
            profile: ReportContent.profile, profileHash: "sha256:ssm-v3", library: ReportContent.library,
            scorecard: scorecard(sessions), sessions: sessions, consensus: consensus,
            decisions: [DecisionRecord(profile: ReportContent.profile.id, decision: .advance, reason: people.reason,
                                       decidedBy: people.decider, decidedAt: Self.decidedAt)],
            disc: withDISC ? Self.disc : nil, generatedAt: people.timestamp)
    }

    /// Three more candidates around this one: a twin (not separable), a stronger and a weaker one.
    func comparisonInput() -> ComparisonReportInput {
        let variants: [(String, String, Int)] = [("c-002", "Иван Орлов", 0), ("c-003", "Пётр Белов", 1), ("c-004", "Нина Зайцева", -2)]
        var entries = [ComparisonReportInput.Entry(candidate: ReportPerson(id: people.candidateID, name: people.candidateName),
                                                   scorecard: scorecard(sessions()), disc: withDISC ? Self.disc : nil,
                                                   reportFile: ReportFileName.candidate(id: people.candidateID))]
        for (id, name, shift) in variants {
            var other = self
            other.shift = shift
            other.redFlag = redFlag && shift == 0
            entries.append(.init(candidate: ReportPerson(id: id, name: name), scorecard: other.scorecard(other.sessions()),
                                 disc: nil, reportFile: ReportFileName.candidate(id: id)))
        }
        return ComparisonReportInput(profile: ReportContent.profile, library: ReportContent.library, entries: entries,
                                     generatedAt: people.timestamp)
    }

    /// Agreement over the four candidates of ``comparisonInput()``.
    func ratersInput() -> RatersReportInput {
        var observations: [RaterReport.Observation] = []
        for (index, shift) in [0, 0, 1, -2].enumerated() {
            var other = self
            other.shift = shift
            for session in other.sessions() {
                let sheet = AssessorSheet(assessor: session.assessor, ratings: session.answers.itemRatings(guide: session.guide))
                for requirement in ReportContent.profile.requirements {
                    guard let value = sheet.competencyRating(requirement.competency) else { continue }
                    observations.append(.init(stage: session.guide.id, candidate: "c-00\(index + 1)", assessor: session.assessor,
                                              competency: requirement.competency, value: value,
                                              sessionOrder: "\(index)-" + session.id))
                }
            }
        }
        let guides = [ReportContent.hr, ReportContent.rolePlay, ReportContent.caseStage, ReportContent.group]
        return RatersReportInput(profile: ReportContent.profile, report: RaterReport(observations), generatedAt: people.timestamp,
                                 stageTitles: Dictionary(uniqueKeysWithValues: guides.map { ($0.id, $0.title) }))
    }

    /// Progress of the four candidates of ``comparisonInput()``: every state occurs.
    var progress: [String: [String: StageProgress]] {
        [people.candidateID: ["hr": .done, "rp": .done, "cs": .done], "c-002": ["hr": .done, "rp": .done, "cs": .inProgress],
         "c-003": ["hr": .done, "rp": .done, "cs": .done, "grp": .done], "c-004": ["hr": .done, "rp": .inProgress]]
    }

    /// The dashboard of the four candidates of ``comparisonInput()``, ranked by ``Ranking``: an
    /// advance for this candidate, a rejection (deadline 30 days on) for c-004, a consent
    /// withdrawn long ago (deadline overdue) for c-002.
    func indexInput() -> IndexReportInput {
        let comparison = comparisonInput()
        let ranking = Ranking(comparison.entries.map { (candidate: $0.candidate.id, name: $0.candidate.name, scorecard: $0.scorecard) })
        let entries = Dictionary(uniqueKeysWithValues: comparison.entries.map { ($0.candidate.id, $0) })
        let today = CalendarDate(utc: people.timestamp)
        func decision(_ decision: Decision) -> DecisionRecord {
            DecisionRecord(profile: ReportContent.profile.id, decision: decision, reason: people.reason, decidedBy: people.decider,
                           decidedAt: Self.decidedAt)
        }
        let decisions: [String: DecisionRecord] = [people.candidateID: decision(.advance), "c-004": decision(.reject)]
        let withdrawn: [String: CalendarDate] = ["c-002": CalendarDate("2026-01-15")!]
        let rows = ranking.entries.map { standing in
            let entry = entries[standing.candidate]!
            let input = RetentionReview.Input(candidateId: CandidateID(1), name: entry.candidate.name,
                                              firstDecision: [decisions[standing.candidate]].compactMap { $0 }.firstFinalDay,
                                              consentWithdrawn: withdrawn[standing.candidate])
            return IndexReportInput.Row(candidate: entry.candidate, reportFile: entry.reportFile, progress: progress[standing.candidate] ?? [:],
                                        standing: standing, lastDecision: decisions[standing.candidate], retention: input.entry(today: today))
        }
        let stages = [ReportContent.hr, ReportContent.rolePlay, ReportContent.caseStage, ReportContent.group]
            .map { IndexReportInput.Stage(guide: $0.id, title: $0.title) }
        let profile = IndexReportInput.Profile(
            id: ReportContent.profile.id, title: ReportContent.profile.title, stages: stages, rows: rows,
            comparisonFile: ReportFileName.comparison(profile: "ssm"), ratersFile: ReportFileName.raters(profile: "ssm"))
        return IndexReportInput(title: people.runTitle, profiles: [profile], generatedAt: people.timestamp)
    }
}
