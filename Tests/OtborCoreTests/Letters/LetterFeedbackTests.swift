import OtborCore
import Testing

/// What a rejection letter says: strengths by weighted margin then at-level competencies by
/// weighted score, at most three; areas as the development plan orders gaps, at most two, with
/// the library's development text; the failed screening conditions in plain words.
struct LetterFeedbackTests {
    /// A profile of c1 … c5, each required at 3 with `weights`, rated `ratings` on one stage.
    static func scorecard(_ ratings: [Double], weights: [Double]) -> Scorecard {
        let ids = ratings.indices.map { "c\($0 + 1)" }
        let profile = JobProfile(id: "p", title: LocalizedText(ru: "Менеджер", en: "Manager"), level: .specialist,
                                 requirements: ids.indices.map {
                                     CompetencyRequirement(competency: ids[$0], group: .personal, level: 3, weight: weights[$0])
                                 }, process: [ProcessStage(guide: "ac", weight: 1)])
        let stage = StageRatings(stage: "ac", sheets: [AssessorSheet(assessor: "A", ratings: ids.indices.map { index in
            ItemRating(item: ids[index], value: ratings[index], weights: [CompetencyWeight(competency: ids[index], weight: 1)])
        })])
        return ScoringEngine().score(profile: profile, stages: [stage])
    }

    static let library = (1...5).map { index in
        Competency(id: "c\(index)", name: LocalizedText(ru: "Компетенция \(index)", en: "Competency \(index)"), group: .personal,
                   definition: LocalizedText(ru: "c\(index)"), levels: (1...5).map { LocalizedText(ru: "\($0)") },
                   development: index == 4 ? nil : LocalizedText(ru: "Разбирает с наставником \(index)", en: "Reviews with a mentor \(index)"))
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let ratings: [Double], weights: [Double], strengths: [String], areas: [String]
        var testDescription: String { "ratings \(ratings), weights \(weights)" }
    }

    static let rows: [Row] = [
        // Above first by margin, then the one at its level; the two largest gaps.
        Row(ratings: [5, 4, 3, 2, 1], weights: [1, 1, 1, 1, 1], strengths: ["c1", "c2", "c3"], areas: ["c5", "c4"]),
        // Weighted margins 3·1 > 1·2; at-level by weighted score: c4 (2·3) before c3 (1·3).
        Row(ratings: [4, 5, 3, 3, 2], weights: [3, 1, 1, 2, 1], strengths: ["c1", "c2", "c4"], areas: ["c5"]),
        // Everyone at level: three by profile order (equal weights), nothing to develop.
        Row(ratings: [3, 3, 3, 3, 3], weights: [1, 1, 1, 1, 1], strengths: ["c1", "c2", "c3"], areas: []),
        // Everyone below: no strength to name, the two largest weighted gaps (2·1 > 1·1.5 = 1·1.5 in profile order).
        Row(ratings: [2, 1.5, 1.5, 2, 2], weights: [2, 1, 1, 1, 1], strengths: [], areas: ["c1", "c2"]),
    ]

    @Test("strengths and areas of a known scorecard", arguments: rows)
    func picks(_ row: Row) {
        let feedback = LetterFeedback(scorecard: Self.scorecard(row.ratings, weights: row.weights), competencies: Self.library)
        #expect(feedback.strengths.map(\.competency) == row.strengths)
        #expect(feedback.areas.map(\.competency) == row.areas)
        #expect(feedback.strengths.allSatisfy { $0.development == nil })
    }

    @Test("the letter's lines: names, and each area with its development text after a colon; the name alone without one")
    func lines() {
        let feedback = LetterFeedback(scorecard: Self.scorecard([5, 4, 3, 2, 1], weights: [1, 1, 1, 1, 1]), competencies: Self.library)
        #expect(feedback.strengthLines(in: .ru) == ["Компетенция 1", "Компетенция 2", "Компетенция 3"])
        #expect(feedback.areaLines(in: .ru) == ["Компетенция 5: разбирает с наставником 5", "Компетенция 4"])
        #expect(feedback.areaLines(in: .en) == ["Competency 5: reviews with a mentor 5", "Competency 4"])
        let text = (feedback.strengthLines(in: .ru) + feedback.areaLines(in: .ru)).joined()
        for forbidden in ["c1", "c5", "3,0", "2,0", "1,0"] { #expect(!text.contains(forbidden)) }
    }

    static let profile = JobProfile(
        id: "p", title: LocalizedText(ru: "Менеджер", en: "Manager"), level: .specialist,
        screening: [ScreeningRequirement(topic: .schedule, text: LocalizedText(ru: "Пятидневная рабочая неделя", en: "A five-day week")),
                    ScreeningRequirement(topic: .salary, text: LocalizedText(ru: "В пределах вилки профиля", en: "Within the band"))])

    static let catalogue = LetterCatalogue(letters: [], conditions: [
        .init(topic: .schedule, name: LocalizedText(ru: "график работы", en: "working schedule")),
        .init(topic: .salary, name: LocalizedText(ru: "ожидания по зарплате", en: "salary expectations"), quotesRequirement: false),
    ], unscheduled: LocalizedText(ru: "позже", en: "later"))

    static func fact(_ topic: ScreeningTopic, _ verdict: FactVerdict, knockout: Bool) -> FactOutcome {
        FactOutcome(stage: "phone", item: topic.rawValue, topic: topic, answer: .option("x"), verdict: verdict,
                    reason: LocalizedText(ru: "Внутренняя причина", en: "Internal reason"), isKnockout: knockout)
    }

    @Test("a knocked-out candidate gets the condition's name and the profile's requirement, never the internal reason; the salary band is not quoted")
    func conditions() {
        let screening = ScreeningResult(facts: [Self.fact(.schedule, .fail, knockout: true), Self.fact(.schedule, .fail, knockout: true),
                                                Self.fact(.salary, .fail, knockout: true), Self.fact(.travel, .discuss, knockout: false)])
        let conditions = LetterContent.conditions(screening, profile: Self.profile, catalogue: Self.catalogue)
        #expect(conditions.map(\.topic) == [.schedule, .salary])
        let content = LetterContent(kind: .screeningRejection, candidate: "Анна", position: Self.profile.title, conditions: conditions)
        #expect(content.values(in: .ru, catalogue: Self.catalogue).lists[.conditions]
                == ["график работы: пятидневная рабочая неделя", "ожидания по зарплате"])
        #expect(content.values(in: .en, catalogue: Self.catalogue).lists[.conditions]
                == ["working schedule: a five-day week", "salary expectations"])
        #expect(content.values(in: .ru, catalogue: Self.catalogue).lists[.conditions]?.joined().contains("Внутренняя") == false)
    }
}
