import OtborCore

/// A profile as read from its file, with the positions the workspace checks report at.
struct LoadedProfile: Sendable {
    var profile: JobProfile
    var path: String
    /// Position of each requirement's `competency` value.
    var requirementLocations: [String: SourceLocation]
    /// Requirements without an explicit `group`, which take the library's.
    var implicitGroups: Set<String>
    /// Position of each stage's `guide` value, by guide (its first stage).
    var stageLocations: [String: SourceLocation] = [:]
    /// Position of each `afterDecision` entry's `guide` value, by guide.
    var afterDecisionLocations: [String: SourceLocation] = [:]
    /// Position of the `requirements` list.
    var requirementsLocation: SourceLocation?
    /// Position of the `process` list.
    var processLocation: SourceLocation?
}
