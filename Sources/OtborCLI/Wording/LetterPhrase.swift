/// The wording of `otbor letter`, of the letters file's problems (``OtborLoading/LetterProblem``)
/// and of the demo's letter lines. Texts in `LetterPhrase+Russian.swift` and `LetterPhrase+English.swift`.
enum LetterPhrase: String, ConsolePhrase {
    // Problems of Letters/letters.yaml
    case unknownPlaceholder
    case missingTranslation
    case placeholdersDiffer
    case noPlaceholders
    case listInSentence
    case letterTwice
    case missingLetter
    // The command
    case letterSubject
    case letterWritten
    case noLetterFile
    case noLetterTemplate
    case letterUnknownVisit
    case letterNeedsProfile
    case letterNoVisitLeft
    case letterNotAssessed
    case letterPassed
    case letterNotPassed
    case letterNoFailedCondition
    // The demo
    case demoLetters
    case demoLetter
}
