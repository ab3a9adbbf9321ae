/// A job profile: what the role achieves and does, what it requires, and how candidates are assessed.
public struct JobProfile: Sendable, Hashable, Codable, Identifiable {
    /// Seniority of the role.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case specialist, senior, head
    }

    /// Attitude targets of seed 000: engagement, loyalty, energy.
    public struct Drivers: Sendable, Hashable, Codable {
        public var engagement: LocalizedText?
        public var loyalty: LocalizedText?
        public var energy: LocalizedText?

        public init(engagement: LocalizedText? = nil, loyalty: LocalizedText? = nil, energy: LocalizedText? = nil) {
            self.engagement = engagement
            self.loyalty = loyalty
            self.energy = energy
        }
    }

    public var id: String
    public var title: LocalizedText
    public var level: Level
    public var summary: LocalizedText?
    public var alternativeTitles: [LocalizedText]
    public var kpis: [KPI]
    public var functions: [FunctionGroup]
    public var requirements: [CompetencyRequirement]
    /// Preferred DISC style: context for onboarding and team fit, never scored.
    public var disc: DISCStyle?
    public var drivers: Drivers?
    public var values: [LocalizedText]
    public var languages: [LanguageRequirement]
    public var salary: SalaryBand?
    /// The facts screened before the assessment and what each requires (``ScreeningFact``).
    public var screening: [ScreeningRequirement]
    public var knockouts: [KnockoutRule]
    /// Ordered stages of the hiring process.
    public var process: [ProcessStage]
    /// Stages after the decision (``AfterDecisionStage``): run for the profile, never scored.
    public var afterDecision: [AfterDecisionStage]
    public var assessmentTools: [AssessmentTool]
    public var provenance: Provenance

    public init(
        id: String, title: LocalizedText, level: Level, summary: LocalizedText? = nil,
        alternativeTitles: [LocalizedText] = [], kpis: [KPI] = [], functions: [FunctionGroup] = [],
        requirements: [CompetencyRequirement] = [], disc: DISCStyle? = nil, drivers: Drivers? = nil,
        values: [LocalizedText] = [], languages: [LanguageRequirement] = [], salary: SalaryBand? = nil,
        screening: [ScreeningRequirement] = [], knockouts: [KnockoutRule] = [], process: [ProcessStage] = [],
        afterDecision: [AfterDecisionStage] = [], assessmentTools: [AssessmentTool] = [], provenance: Provenance = .unknown
    ) {
        self.id = id
        self.title = title
        self.level = level
        self.summary = summary
        self.alternativeTitles = alternativeTitles
        self.kpis = kpis
        self.functions = functions
        self.requirements = requirements
        self.disc = disc
        self.drivers = drivers
        self.values = values
        self.languages = languages
        self.salary = salary
        self.screening = screening
        self.knockouts = knockouts
        self.process = process
        self.afterDecision = afterDecision
        self.assessmentTools = assessmentTools
        self.provenance = provenance
    }

    /// The requirement for `competency`, if the profile has one.
    public func requirement(for competency: String) -> CompetencyRequirement? {
        requirements.first { $0.competency == competency }
    }

    /// The requirements scored into S, the hurdle and the knock-outs (``CompetencyRequirement/isScored``).
    public var scoredRequirements: [CompetencyRequirement] { requirements.filter(\.isScored) }

    /// Assessors separate about 5–8 dimensions: a profile should score at least this many…
    public static let scoredRequirementsMinimum = 5
    /// …and at most this many (the rest are context).
    public static let scoredRequirementsMaximum = 9

    /// The screening requirement of `topic`, if the profile has one.
    public func screening(for topic: ScreeningTopic) -> ScreeningRequirement? {
        screening.first { $0.topic == topic }
    }

    /// `true` when `guide` runs after the decision for this profile (and so is not a stage of the process).
    public func runsAfterDecision(_ guide: String) -> Bool {
        afterDecision.contains { $0.guide == guide }
    }

    /// Reads a profile, also one recorded before profiles had a `screening` block or stages after
    /// the decision (none then).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(LocalizedText.self, forKey: .title)
        level = try container.decode(Level.self, forKey: .level)
        summary = try container.decodeIfPresent(LocalizedText.self, forKey: .summary)
        alternativeTitles = try container.decode([LocalizedText].self, forKey: .alternativeTitles)
        kpis = try container.decode([KPI].self, forKey: .kpis)
        functions = try container.decode([FunctionGroup].self, forKey: .functions)
        requirements = try container.decode([CompetencyRequirement].self, forKey: .requirements)
        disc = try container.decodeIfPresent(DISCStyle.self, forKey: .disc)
        drivers = try container.decodeIfPresent(Drivers.self, forKey: .drivers)
        self.values = try container.decode([LocalizedText].self, forKey: .values)
        languages = try container.decode([LanguageRequirement].self, forKey: .languages)
        salary = try container.decodeIfPresent(SalaryBand.self, forKey: .salary)
        screening = try container.decodeIfPresent([ScreeningRequirement].self, forKey: .screening) ?? []
        knockouts = try container.decode([KnockoutRule].self, forKey: .knockouts)
        process = try container.decode([ProcessStage].self, forKey: .process)
        afterDecision = try container.decodeIfPresent([AfterDecisionStage].self, forKey: .afterDecision) ?? []
        assessmentTools = try container.decode([AssessmentTool].self, forKey: .assessmentTools)
        provenance = try container.decode(Provenance.self, forKey: .provenance)
    }

    /// Number of function items across all groups.
    public var functionCount: Int { functions.reduce(0) { $0 + $1.items.count } }
}
