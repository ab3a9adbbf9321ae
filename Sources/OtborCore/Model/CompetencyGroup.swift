/// The groups competencies are organised in, as the seeds group them.
public enum CompetencyGroup: String, Sendable, CaseIterable, Codable {
    case managerial
    case special
    case personal
    case hard
    case soft
}
