/// The wording of usage errors: what the checks of options and arguments say (`validate()`, the
/// parser's transforms, option groups), the password prompts, a workspace not found, and a typed
/// value refused by Core's field rules. Texts in `UsagePhrase+Russian.swift` and
/// `UsagePhrase+English.swift`.
enum UsagePhrase: String, ConsolePhrase {
    // Options
    case notATimeZone
    case notADate
    case toleranceRange
    case bcryptCost
    case portRange
    case benchTooFewCandidates
    case benchKeep
    case benchDatabase
    case benchHTTPCounts
    case benchHTTPBoardCount
    case optionEmpty

    // Passwords
    case passwordInputEmpty
    case passwordNeedsTerminal
    case passwordPrompt
    case passwordRepeat
    case passwordsDiffer
    case noPasswordTyped
    case passwordEmpty
    case passwordTooShort
    case passwordTooLong

    // Accounts
    case loginLength
    case loginCharacters
    case loginFirstCharacter
    case accountNoName
    case accountNameNotOneLine

    // The workspace
    case notAWorkspace
    case noWorkspace

    // Fields (Core's CandidateFields and TextField)
    case fieldInFuture
    case fieldEmpty
    case fieldRefused
    case notAnEmailSigns
    case notAnEmail
    case notAPhone
    case textEmpty
    case textInvisible
    case textControl
    case textLineBreak
    case textTooLong

    // Commands
    case eraseNeedsYes
    case eraseCandidateOrFinish
    case consensusTogether
    case consensusValueRange
    case valueNeedsStage
    case consensusNeedsRationale
    case applyFuture
    case assessorEmpty
    case candidateEmpty
    case groupTooFew
    case groupRepeated
    case decisionNeedsReason
    case discAccepted
    case discTooFewGroups
    case discOutsideRange
    case discSumNotZero
    case demoConsent
    case demoNoDisagreement

    // Files of `stats agreement`
    case noSuchFile
    case csvLineTooLong
    case fileIsAFolder
    case notUTF8
}
