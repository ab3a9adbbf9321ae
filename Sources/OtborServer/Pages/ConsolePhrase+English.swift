extension ConsolePhrase {
    /// The phrase in English.
    public var english: String {
        switch self {
        case .appName: "Otbor"
        case .navigation: "Main navigation"
        case .signInTitle: "Sign in to Otbor"
        case .signInLead: "Sign in with the account your administrator gave you."
        case .login: "Login"
        case .password: "Password"
        case .signIn: "Sign in"
        case .wrongCredentials: "Wrong login or password."
        case .tooManyAttempts: "Too many failed attempts. Wait a minute and try again."
        case .signOut: "Sign out"
        case .signedInAs: "Signed in as"
        case .otherLanguage: "Русский"
        case .candidates: "Candidates"
        case .candidateID: "ID"
        case .name: "Name"
        case .profiles: "Profiles"
        case .lastDecision: "Last decision"
        case .noCandidates: "No candidates yet."
        case .noDecision: "no decision"
        case .candidateCount: "Candidates in all"
        case .restrictedList: "Assessors see candidates' names and ids only."
        case .errorTitle: "Error"
        case .notFound: "There is no such page."
        case .forbidden: "Your role does not allow this."
        case .forgedRequest: "The form is out of date or came from another site. Reload the page and send it again."
        case .badRequest: "The request could not be read."
        case .serverError: "Something went wrong on the server. Try again; if it keeps failing, tell your administrator."
        case .backToStart: "Back to the start"
        case .roleAdmin: "administrator"
        case .roleHR: "HR"
        case .roleAssessor: "assessor"
        case .roleObserver: "observer"
        }
    }
}
