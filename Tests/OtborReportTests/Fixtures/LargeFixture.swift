import OtborCore
import OtborReport

/// A large candidate: `competencies` requirements, `stages` question stages that each rate every
/// competency, `assessors` assessors per stage, a note on every answer.
enum LargeFixture {
    static func candidate(competencies: Int, stages: Int, assessors: Int) -> CandidateReportInput {
        let ids = (1...competencies).map { "competency-\($0)" }
        let library = ids.map { id in
            Competency(id: id, name: LocalizedText(ru: "Компетенция " + id, en: "Competency " + id), group: .soft,
                       definition: LocalizedText(ru: "—"), levels: (1...5).map { LocalizedText(ru: "Уровень \($0)") })
        }
        let guides = (1...stages).map { stage in
            InterviewGuide(id: "stage-\(stage)", kind: .competency, title: LocalizedText(ru: "Этап \(stage)"), duration: 60,
                           items: ids.map { id in
                               GuideItem(id: "q-" + id, content: .question(InterviewQuestion(
                                   kind: .behavioural, text: LocalizedText(ru: "Вопрос о " + id), checks: LocalizedText(ru: id),
                                   competencies: [CompetencyWeight(competency: id, weight: 1)])))
                           })
        }
        let profile = JobProfile(
            id: "large", title: LocalizedText(ru: "Большой профиль"), level: .senior,
            requirements: ids.enumerated().map { index, id in
                CompetencyRequirement(competency: id, group: .soft, level: 3 + index % 2, weight: Double(1 + index % 3), critical: index % 5 == 0)
            },
            process: guides.map { ProcessStage(guide: $0.id, weight: 1) })
        var sessions: [ReportSession] = []
        for (stageIndex, guide) in guides.enumerated() {
            for assessor in 0..<assessors {
                var ratings: [String: Int?] = [:], notes: [String: String] = [:]
                for (index, id) in ids.enumerated() {
                    ratings["q-" + id] = 1 + (index + stageIndex + assessor * 2) % 5
                    notes["q-" + id] = "Заметка асессора \(assessor) о " + id + ": пример поведения по STAR"
                }
                sessions.append(ReportSession(
                    id: "s-\(stageIndex)-\(assessor)", guide: guide, guideHash: "sha256:" + guide.id, assessor: "Асессор \(assessor)",
                    startedAt: StoreTime.parse("2026-02-01T10:00:00.000Z")!,
                    submittedAt: StoreTime.parse("2026-02-01T11:00:00.000Z")!, activeMinutes: 55,
                    answers: SessionAnswers(ratings: ratings), notes: notes, redFlags: []))
            }
        }
        let stageRatings = guides.map { guide in
            StageRatings(stage: guide.id, sheets: sessions.filter { $0.guide.id == guide.id }.map {
                AssessorSheet(assessor: $0.assessor, ratings: $0.answers.itemRatings(guide: guide))
            })
        }
        let scorecard = ScoringEngine().score(profile: profile, stages: stageRatings)
        return CandidateReportInput(
            candidate: ReportPerson(id: "big", name: "Кандидат с большим профилем"), profile: profile, profileHash: "sha256:large",
            library: ContentLibrary(competencies: library, profiles: [profile], guides: guides), scorecard: scorecard,
            sessions: sessions, consensus: [], decisions: [], disc: ReportFixture.disc, generatedAt: StoreTime.parse("2026-02-02T09:00:00.000Z")!)
    }
}
