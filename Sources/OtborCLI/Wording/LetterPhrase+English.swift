extension LetterPhrase {
    /// The phrase in English.
    var english: String {
        switch self {
        case .unknownPlaceholder: "unknown placeholder '{name}' in the {letter} letter; it takes: {accepted}"
        case .missingTranslation: "'{key}' has no English translation; letters are sent in either language, so write both ru and en"
        case .placeholdersDiffer: "the Russian and English texts of '{key}' use different placeholders (ru: {russian}; en: {english})"
        case .noPlaceholders: "none"
        case .listInSentence: "'{name}' is a list: write it as a paragraph of its own"
        case .letterTwice: "a second '{kind}' letter; each kind of letter has one template"
        case .missingLetter: "no '{kind}' letter; the file needs one letter of each kind: {kinds}"
        case .letterSubject: "Subject: {subject}"
        case .letterWritten: "The letter is written to {path}"
        case .noLetterFile: "the workspace has no letter templates {file}: add the file (its format is in Docs/DataFormat.md) and check it with `otbor validate`"
        case .noLetterTemplate: "{file} has no '{kind}' letter: add it and check the file with `otbor validate`"
        case .letterUnknownVisit: "the profile's process has no visit '{visit}'; it has: {visits}"
        case .letterNeedsProfile: "the candidate has no application yet: name the profile they applied for with --profile: {profiles}"
        case .letterNoVisitLeft: "the candidate has had every required visit of the process; name the visit with --visit: {visits}"
        case .letterNotAssessed: "the candidate has no submitted interview for the profile, so there is no feedback to give. If they failed the screening, write a screening-rejection letter"
        case .letterPassed: "the candidate passed the hurdle and every screening condition: a rejection letter would contradict their assessment. If the decision to reject rests on another reason, record it (`otbor decide`) and run again with --force"
        case .letterNotPassed: "the candidate failed the hurdle or a screening condition (see `otbor score`): an offer would contradict their assessment. If the decision is deliberate, run again with --force"
        case .letterNoFailedCondition: "the candidate has no failed screening condition, so a screening-rejection letter has nothing to name. For a rejection after the interviews, write a rejection letter"
        case .demoLetters: "Letters to candidates (`otbor letter`):"
        case .demoLetter: "  {kind}: {path}"
        }
    }
}
