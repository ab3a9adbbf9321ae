/// The wording of what is wrong with a ratings CSV of `otbor stats agreement`
/// (``OtborLoading/RatingsCSVProblem``). Texts in `RatingsPhrase+Russian.swift` and
/// `RatingsPhrase+English.swift`.
enum RatingsPhrase: String, ConsolePhrase {
    case empty
    case tooFewAssessors
    case unnamedColumn
    case repeatedAssessor
    case cellCount
    case notANumber
    case ratingTooLarge
    case tooFewCandidates
    case unclosedQuote
    case textAfterQuote
    case lineNotUTF8
}
