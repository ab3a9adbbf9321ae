/// The kinds of interview stage a guide can be written for.
public enum StageKind: String, Sendable, Hashable, Codable, CaseIterable {
    case phone
    case hr
    case `case`
    case rolePlay = "role-play"
    case group
    case manager
    case presentation
    case competency
}
