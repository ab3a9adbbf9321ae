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
    public var knockouts: [KnockoutRule]
    /// Ordered stages of the hiring process.
    public var process: [ProcessStage]
    public var assessmentTools: [AssessmentTool]
    public var provenance: Provenance

    public init(
        id: String, title: LocalizedText, level: Level, summary: LocalizedText? = nil,
        alternativeTitles: [LocalizedText] = [], kpis: [KPI] = [], functions: [FunctionGroup] = [],
        requirements: [CompetencyRequirement] = [], disc: DISCStyle? = nil, drivers: Drivers? = nil,
        values: [LocalizedText] = [], languages: [LanguageRequirement] = [], salary: SalaryBand? = nil,
        knockouts: [KnockoutRule] = [], process: [ProcessStage] = [],
        assessmentTools: [AssessmentTool] = [], provenance: Provenance = .unknown
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
        self.knockouts = knockouts
        self.process = process
        self.assessmentTools = assessmentTools
        self.provenance = provenance
    }

    /// The requirement for `competency`, if the profile has one.
    public func requirement(for competency: String) -> CompetencyRequirement? {
        requirements.first { $0.competency == competency }
    }

    /// Number of function items across all groups.
    public var functionCount: Int { functions.reduce(0) { $0 + $1.items.count } }
}
