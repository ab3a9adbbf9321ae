/// The wording of the people commands (`candidates`, `decide`, `retention`, `export`,
/// `interview import`) and of the errors every command reports. Texts in `PeoplePhrase+Russian.swift`
/// and `PeoplePhrase+English.swift`.
enum PeoplePhrase: String, ConsolePhrase {
    // Common
    case usageError
    case errorLine
    case noteLine
    case warningLine
    case noneYet
    case noneAtAll
    case moreErrors
    case workspaceHasErrors

    // Errors
    case notADatabase
    case missingDatabase
    case cannotCreate
    case cannotOpen
    case duplicateAccount
    case accountAdded
    case accountDisabled
    case passwordChanged
    case noAccounts
    case accountActive
    case accountIsDisabled
    case unknownAccount
    case unknownCandidate
    case ambiguousCandidate
    case accountGetsNoToken
    case unknownSession
    case sessionLocked
    case duplicateSession
    case unknownProfile
    case unknownGuide
    case noApplication
    case noInterviews
    case severalApplications
    case nobodyApplied
    case emptyCampaign
    case severalProfiles
    case decisionNoApplication
    case applicationsNoneYet
    case decisionNoInterviews
    case consensusNoRatings
    case consensusNotFlagged
    case notAConsensus

    // Candidates
    case candidateAdded
    case namesake
    case noCandidatesYet
    case candidateTitle
    case email
    case phone
    case sourceLabel
    case consentLabel
    case groupLabel
    case addedLabel
    case notesLabel
    case consentGivenOn
    case consentWithdrawnOn
    case statedGroup
    case discContextTitle
    case discSummary
    case discTaken
    case discImportedOn
    case retentionNotSet
    case retentionLine
    case eraseWithRetention
    case noApplications
    case applicationsTitle
    case applicationOpened
    case noSessions
    case consensusLine
    case decisionLine
    case eraseQuestion
    case yesWord
    case eraseConfirm
    case eraseCancelled
    case candidateErased
    case alreadyWithdrew
    case withdrawalBeforeConsent
    case consentWithdrawnNow

    // Values
    case statusOpen
    case statusPaused
    case statusSubmitted
    case dueToday
    case daysLeft
    case overdueBy
    case afterWithdrawal
    case afterFirstDecision

    // Decisions and retention
    case decisionRecorded
    case retentionDeadlineSet
    case consentWithdrawnEvent
    case decisionOn
    case erasedMark
    case recordedDeadline
    case noneOverdue
    case overdueOn
    case noneDueSoon
    case dueSoon
    case nothingToErase
    case erasedOverdue
    case runRetentionApply
    case exportWritten

    // Scoresheet import
    case imported
    case wouldImport
    case importSubmitted
    case importLeftOpen
    case dryRunNothingWritten
    case noScoresheet
    case noDatabaseForImport
    case nothingImported

    // The web console (`serve`)
    case serveNoAccounts
    case serveReachable
    case serveOpen
}
