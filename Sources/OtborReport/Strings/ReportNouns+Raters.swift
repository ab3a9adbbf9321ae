import OtborCore

/// The counted nouns of the raters report.
extension CountedNoun {
    /// "1 этап, 2 этапа, 5 этапов".
    static let ratedStage = CountedNoun(ru: "этап", "этапа", "этапов", en: "stage", "stages")
    /// "1 асессор, 2 асессора, 5 асессоров".
    static let panelAssessor = CountedNoun(ru: "асессор", "асессора", "асессоров", en: "assessor", "assessors")
}
