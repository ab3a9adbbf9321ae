import Testing
import OtborCore

/// A process's candidate and assessor time: each stage's duration, and its duration × its assessors
/// (1 when the guide does not say, and listed as assumed).
struct ProcessHoursTests {
    static func guide(_ id: String, minutes: Int, assessors: Double?) -> InterviewGuide {
        InterviewGuide(id: id, kind: .hr, title: LocalizedText(ru: id), duration: minutes, items: [], assessors: assessors)
    }

    static func profile(_ stages: [String]) -> JobProfile {
        JobProfile(id: "p", title: LocalizedText(ru: "П"), level: .senior,
                   process: stages.map { ProcessStage(guide: $0, weight: 1) })
    }

    static let guides = [
        guide("phone", minutes: 20, assessors: 1), guide("case", minutes: 90, assessors: 2),
        guide("group", minutes: 60, assessors: 0.5), guide("manager", minutes: 45, assessors: nil),
        guide("role-play", minutes: 100, assessors: 2),
    ]

    struct Row: Sendable, CustomTestStringConvertible {
        var stages: [String]
        var candidateMinutes: Int
        var assessorMinutes: Double
        var assumed: [String]
        var tooManyStages: Bool
        var tooLong: Bool
        var testDescription: String { stages.joined(separator: ", ") }
    }

    static let rows: [Row] = [
        Row(stages: ["phone", "case"], candidateMinutes: 110, assessorMinutes: 200, assumed: [], tooManyStages: false, tooLong: false),
        // 20 + 90 + 60 + 45 + 100 = 315 min > 5 h; 20 + 180 + 30 + 45 + 200 = 475 assessor-minutes.
        Row(stages: ["phone", "case", "group", "manager", "role-play"], candidateMinutes: 315, assessorMinutes: 475,
            assumed: ["manager"], tooManyStages: false, tooLong: true),
        // Exactly five hours is within the limit; six stages are not.
        Row(stages: ["phone", "phone", "case", "case", "group", "manager"], candidateMinutes: 325, assessorMinutes: 475,
            assumed: ["manager"], tooManyStages: true, tooLong: true),
        Row(stages: ["role-play", "role-play", "group", "phone", "phone"], candidateMinutes: 300, assessorMinutes: 470,
            assumed: [], tooManyStages: false, tooLong: false),
        // A stage whose guide is not in the library counts nothing.
        Row(stages: ["phone", "missing"], candidateMinutes: 20, assessorMinutes: 20, assumed: [], tooManyStages: false, tooLong: false),
    ]

    @Test("candidate minutes, assessor minutes and the limits", arguments: rows)
    func hours(_ row: Row) {
        let hours = ProcessHours(profile: Self.profile(row.stages), guides: Self.guides)
        #expect(hours.candidateMinutes == row.candidateMinutes)
        #expect(abs(hours.candidateHours - Double(row.candidateMinutes) / 60) < 1e-12)
        #expect(abs(hours.assessorHours * 60 - row.assessorMinutes) < 1e-9)
        #expect(hours.assumedAssessors == row.assumed)
        #expect(hours.hasTooManyStages == row.tooManyStages)
        #expect(hours.takesTooLong == row.tooLong)
    }

    @Test("a guide without assessors counts one, and says so")
    func assumed() throws {
        let stage = try #require(ProcessHours(profile: Self.profile(["manager"]), guides: Self.guides).stages.first)
        #expect(stage.assessors == 1 && !stage.assessorsStated && stage.assessorMinutes == 45)
    }
}

/// Visits and optional stages: entries of one visit are one stage with their minutes summed; an
/// optional entry counts toward neither limit and its time is kept apart.
struct ProcessVisitsTests {
    static let guides = ProcessHoursTests.guides

    static func profile(_ stages: [ProcessStage]) -> JobProfile {
        JobProfile(id: "p", title: LocalizedText(ru: "П"), level: .senior, process: stages)
    }

    @Test("a visit of three guides is one stage; an optional stage is apart")
    func visits() {
        let hours = ProcessHours(profile: Self.profile([
            ProcessStage(guide: "phone", weight: 1),
            ProcessStage(guide: "case", weight: 1, visit: "centre"), ProcessStage(guide: "role-play", weight: 1, visit: "centre"),
            ProcessStage(guide: "manager", weight: 1, visit: "centre"),
            ProcessStage(guide: "group", weight: 1, isOptional: true),
        ]), guides: Self.guides)
        #expect(hours.visits.map(\.minutes) == [20, 235, 60])
        #expect(hours.stageCount == 2)
        #expect(hours.candidateMinutes == 255 && !hours.takesTooLong)
        #expect(hours.optionalMinutes == 60)
        #expect(abs(hours.optionalAssessorHours * 60 - 30) < 1e-9)
        #expect(abs(hours.assessorHours * 60 - (20 + 180 + 200 + 45)) < 1e-9)
    }

    @Test("six stages of which two optional are within the limit of five")
    func optionalNotCounted() {
        let stages = ["phone", "case", "group", "manager", "role-play", "phone"].enumerated().map {
            ProcessStage(guide: $0.element, weight: 1, isOptional: $0.offset >= 4)
        }
        let hours = ProcessHours(profile: Self.profile(stages), guides: Self.guides)
        #expect(hours.stageCount == 4 && !hours.hasTooManyStages)
        #expect(hours.candidateMinutes == 215)
    }

    @Test("coverage counts each guide of a visit, and no optional stage")
    func coverage() {
        func question(_ competency: String) -> GuideItem {
            GuideItem(id: competency, content: .question(InterviewQuestion(
                kind: .behavioural, text: LocalizedText(ru: "?"), checks: LocalizedText(ru: "?"),
                competencies: [CompetencyWeight(competency: competency, weight: 1)])))
        }
        let guides = [
            InterviewGuide(id: "hr", kind: .hr, title: LocalizedText(ru: "HR"), duration: 30, items: [question("team")]),
            InterviewGuide(id: "manager", kind: .hr, title: LocalizedText(ru: "M"), duration: 30, items: [question("team")]),
            InterviewGuide(id: "group", kind: .hr, title: LocalizedText(ru: "G"), duration: 30, items: [question("lead")]),
            InterviewGuide(id: "case", kind: .hr, title: LocalizedText(ru: "C"), duration: 30, items: [question("lead")]),
        ]
        var profile = Self.profile([
            ProcessStage(guide: "hr", weight: 1, visit: "meeting"), ProcessStage(guide: "manager", weight: 1, visit: "meeting"),
            ProcessStage(guide: "case", weight: 1), ProcessStage(guide: "group", weight: 1, isOptional: true),
        ])
        profile.requirements = [CompetencyRequirement(competency: "team", group: .soft, level: 3, weight: 1),
                                CompetencyRequirement(competency: "lead", group: .soft, level: 3, weight: 1)]
        let rows = CoverageMatrix(profile: profile, guides: guides).rows
        #expect(rows.map(\.countedStages) == [["hr", "manager"], ["case"]])
        #expect(rows.map(\.stages) == [["hr", "manager"], ["case", "group"]])
        #expect(rows.map(\.isUndercovered) == [false, true])
    }
}
