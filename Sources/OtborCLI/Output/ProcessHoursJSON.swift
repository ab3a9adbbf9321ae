import OtborCore

/// A process's time as `matrix` and `profiles show` print it in JSON: per stage its minutes and
/// assessors (`assessorsStated: false` when the guide does not say and 1 is counted), and the totals.
struct ProcessHoursJSON: Encodable {
    struct Stage: Encodable {
        var guide: String
        var minutes: Int
        var assessors: Double
        var assessorsStated: Bool
        var assessorMinutes: Double
        var visit: String?
        var optional: Bool
    }

    var stages: [Stage]
    /// Required stages: visits, optional ones left out.
    var stageCount: Int
    var candidateMinutes: Int
    var optionalMinutes: Int
    var candidateHours: Double
    var assessorHours: Double
    var maximumStages: Int
    var maximumCandidateHours: Double

    init(_ hours: ProcessHours) {
        stages = hours.stages.map {
            Stage(guide: $0.guide, minutes: $0.minutes, assessors: $0.assessors, assessorsStated: $0.assessorsStated,
                  assessorMinutes: $0.assessorMinutes, visit: $0.visit, optional: $0.isOptional)
        }
        stageCount = hours.stageCount
        candidateMinutes = hours.candidateMinutes
        optionalMinutes = hours.optionalMinutes
        candidateHours = hours.candidateHours
        assessorHours = hours.assessorHours
        maximumStages = ProcessHours.maximumStages
        maximumCandidateHours = ProcessHours.maximumCandidateHours
    }
}
