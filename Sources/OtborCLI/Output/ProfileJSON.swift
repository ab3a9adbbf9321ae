import OtborCore

/// `otbor profiles show ID --format json`: the whole profile; scripts rely on `requirements`,
/// `kpis`, `functions`, `disc` and `process`.
struct ProfileJSON: Encodable {
    struct Requirement: Encodable {
        var competency: String
        var name: LocalizedText?
        var group: String
        var level: Int
        var weight: Double
        var critical: Bool
        /// The hurdle's tolerance the profile states, when it states one.
        var tolerance: Double?
        /// `scored` (in S and the hurdle) or `context` (shown only).
        var use: String
    }

    /// A stage after the decision: recorded, never scored, apart from `process` and `hours`.
    struct AfterDecision: Encodable {
        var guide: String
        var title: LocalizedText?
        var minutes: Int?
        var note: LocalizedText?
    }

    struct Stage: Encodable {
        var guide: String
        var kind: String?
        var title: LocalizedText?
        var weight: Double
        var visit: String?
        var optional: Bool
    }

    struct Knockout: Encodable {
        var id: String
        var text: LocalizedText
        var competency: String?
        var below: Double?
        var flag: String?
    }

    var id: String
    var title: LocalizedText
    var level: String
    var summary: LocalizedText?
    var kpis: [KPI]
    var functions: [FunctionGroup]
    var requirements: [Requirement]
    var disc: String?
    var drivers: JobProfile.Drivers?
    var values: [LocalizedText]
    var languages: [LanguageRequirement]
    var salary: SalaryBand?
    var knockouts: [Knockout]
    var process: [Stage]
    var hours: ProcessHoursJSON
    var afterDecision: [AfterDecision]
    var assessmentTools: [AssessmentTool]
    var source: SourceReference?
    var authored: String?

    init(profile: JobProfile, library: ContentLibrary) {
        id = profile.id
        title = profile.title
        level = profile.level.rawValue
        summary = profile.summary
        kpis = profile.kpis
        functions = profile.functions
        requirements = profile.requirements.map {
            Requirement(competency: $0.competency, name: library.competency($0.competency)?.name,
                        group: $0.group.rawValue, level: $0.level, weight: $0.weight, critical: $0.critical,
                        tolerance: $0.tolerance, use: $0.use.rawValue)
        }
        disc = profile.disc?.description
        drivers = profile.drivers
        values = profile.values
        languages = profile.languages
        salary = profile.salary
        knockouts = profile.knockouts.map { rule in
            switch rule.condition {
            case .competencyBelow(let competency, let value):
                Knockout(id: rule.id, text: rule.text, competency: competency, below: value)
            case .redFlag(let flag):
                Knockout(id: rule.id, text: rule.text, flag: flag)
            }
        }
        process = profile.process.map { stage in
            let guide = library.guide(stage.guide)
            return Stage(guide: stage.guide, kind: guide?.kind.rawValue, title: guide?.title, weight: stage.weight,
                         visit: stage.visit, optional: stage.isOptional)
        }
        hours = ProcessHoursJSON(library.hours(of: profile))
        afterDecision = profile.afterDecision.map { stage in
            let guide = library.guide(stage.guide)
            return AfterDecision(guide: stage.guide, title: guide?.title, minutes: guide?.duration, note: stage.note)
        }
        assessmentTools = profile.assessmentTools
        source = profile.provenance.source
        authored = profile.provenance.authored
    }
}
