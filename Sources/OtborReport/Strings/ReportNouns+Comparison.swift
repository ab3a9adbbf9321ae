import OtborCore

/// The counted nouns of the comparison report.
extension CountedNoun {
    /// "1 кандидат, 2 кандидата, 5 кандидатов".
    static let comparedCandidate = CountedNoun(ru: "кандидат", "кандидата", "кандидатов", en: "candidate", "candidates")
    /// "1 требуемая компетенция, 2 требуемые компетенции, 5 требуемых компетенций".
    static let requiredCompetency = CountedNoun(ru: "требуемая компетенция", "требуемые компетенции", "требуемых компетенций",
                                                en: "required competency", "required competencies")
    /// "(1 критическая, 2 критические, 5 критических)" after a count of competencies.
    static let criticalOnes = CountedNoun(ru: "критическая", "критические", "критических", en: "critical", "critical")
}
