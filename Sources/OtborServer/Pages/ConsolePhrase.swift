/// Every fixed phrase of the console's pages and API messages; `{name}` marks a value filled in
/// by ``ConsoleStrings/callAsFunction(_:_:)``. The Russian and English texts are in
/// `ConsolePhrase+Russian.swift` and `ConsolePhrase+English.swift`; the compiler checks both are complete.
public enum ConsolePhrase: String, Sendable, CaseIterable {
    case appName
    case navigation
    case signInTitle
    case signInLead
    case login
    case password
    case signIn
    case wrongCredentials
    case tooManyAttempts
    case signOut
    case signedInAs
    case otherLanguage
    case candidates
    case candidateID
    case name
    case profiles
    case lastDecision
    case noCandidates
    case noDecision
    case candidateCount
    case restrictedList
    case errorTitle
    case notFound
    case forbidden
    case forgedRequest
    case badRequest
    case serverError
    case backToStart
    case roleAdmin
    case roleHR
    case roleAssessor
    case roleObserver
    case interviewBodyShape
    case answerBodyShape
    case submitBodyShape
    case notYourInterview
    case hiddenInterview
    case unknownProfile
    case unknownGuide
    case notAStage
    case noApplication
    case noneYet
    case noInterviews
    case severalApplications
    case nobodyApplied
    case emptyCampaign
    case severalProfiles
    case unknownStep
    case invalidAnswer
    case invalidNote
    case unanswered
}
