/// The wording of data-file diagnostics (`path:line:column: error: message`): the typed messages
/// of `OtborLoading`'s `DiagnosticMessage`, the mappings they are about, what a key takes and what
/// was found instead. Texts in `DiagnosticPhrase+Russian.swift` and `DiagnosticPhrase+English.swift`.
enum DiagnosticPhrase: String, ConsolePhrase {
    // Messages
    case unknownKey
    case unknownKeyGuess
    case missingKey
    case notAMapping
    case keyNotAWord
    case wrongValue
    case emptyValue
    case emptyList
    case notARating
    case ratingOffScale
    case unknownStep
    case unknownStepGuess
    case measuredByOnly
    case measuredByNoStage
    case fileTooLarge
    case tooManyNodes

    // Scoresheets
    case noCandidateWithID
    case noCandidateNamed
    case noCandidateNamedGuess
    case ambiguousCandidateName
    case repeatedSheet
    case existingSession
    case unknownProfileID
    case unknownProfileGuess
    case unknownGuideID
    case unknownGuideGuess
    case guideNotAStage
    case oneCandidatePerSheet
    case tooManySheets
    case unansweredOne
    case unansweredMany
    case unknownRedFlag
    case unknownRedFlagGuess
    case unknownRedFlagNone
    case repeatedRedFlag
    case notACandidate
    case dateNotWritten
    case dateInFuture
    case answersNotAMapping
    case stepKeyNotAWord
    case notAQuestion
    case noCriteria
    case unknownCriterion
    case unknownCriterionGuess
    case unknownItemStep
    case unknownItemStepGuess
    case notTicked
    case unknownBehaviour
    case unknownBehaviourGuess
    case repeatedBehaviour
    case notAnOption
    case unknownOption
    case unknownOptionGuess
    case notAPlan
    case unknownTask
    case unknownTaskGuess
    case repeatedTask
    case droppedWithMinutes
    case planLineNeedsMinutes

    // What a mapping is
    case subjectProfile
    case subjectGuide
    case subjectCompetencyLibrary
    case subjectCompetency
    case subjectDISCInventory
    case subjectDISCGroup
    case subjectScoresheet
    case subjectSheet
    case subjectPlanLine
    case subjectRedFlag
    case subjectTask
    case subjectKPI
    case subjectFunctionGroup
    case subjectRequirement
    case subjectLanguage
    case subjectKnockOutRule
    case subjectProcessStage
    case subjectAssessmentTool
    case subjectChecklistBehaviour
    case subjectClassificationOption
    case subjectCriterion
    case subjectRule
    case subjectAnswer
    case subjectItem
    case subjectKey

    // What a key takes
    case expectString
    case expectIdentifier
    case expectInteger
    case expectIntegerIn
    case expectNumber
    case expectPositive
    case expectBoolean
    case expectOneOf
    case expectList

    // What was found
    case foundNothing
    case foundText
    case foundMapping
    case foundList
    case foundAlias
}
