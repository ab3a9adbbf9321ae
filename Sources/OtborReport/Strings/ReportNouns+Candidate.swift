import OtborCore

/// The counted nouns of the candidate report.
extension CountedNoun {
    /// "1 этап, 2 этапа, 5 этапов".
    static let stage = CountedNoun(ru: "этап", "этапа", "этапов", en: "stage", "stages")
    /// "1 асессор, 2 асессора, 5 асессоров".
    static let assessor = CountedNoun(ru: "асессор", "асессора", "асессоров", en: "assessor", "assessors")
}
