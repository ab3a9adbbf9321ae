import OtborCore

/// The counted nouns of the index page: "6 кандидатов, 8 этапов", "1 profile".
extension CountedNoun {
    static let indexCandidate = CountedNoun(ru: "кандидат", "кандидата", "кандидатов", en: "candidate", "candidates")
    static let indexStage = CountedNoun(ru: "этап", "этапа", "этапов", en: "stage", "stages")
    static let indexProfile = CountedNoun(ru: "профиль", "профиля", "профилей", en: "profile", "profiles")
}
