import OtborCore

/// The fairness check as scripts read it.
struct FairnessJSON: Encodable {
    var profile: String
    var stage: String
    var groups: [AdverseImpact.Group]
    var withoutGroup: Int
    var analysis: AdverseImpact?
    var state: String

    init(profile: String, selection: StageSelection, analysis: AdverseImpact?) {
        self.profile = profile
        stage = selection.stage
        groups = selection.groups
        withoutGroup = selection.withoutGroup
        self.analysis = analysis
        state = analysis?.state.rawValue ?? "insufficient-data"
    }
}
