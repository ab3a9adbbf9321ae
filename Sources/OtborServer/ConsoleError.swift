/// Why the console refused a request, as data: the error middleware turns it into a
/// problem+json document for the API or an HTML page for people.
public enum ConsoleError: Error, Sendable, Equatable {
    /// No session or token: 401 for the API, a redirect to the sign-in page for pages.
    case unauthenticated
    /// An `Authorization` header that is not a valid bearer token of an enabled account.
    case badToken
    /// The role does not allow it.
    case forbidden
    /// The interview is another assessor's: only they may change it.
    case notYourInterview
    /// The interview is a colleague's, hidden while its stage is not fully submitted (``StageVisibility``).
    case hiddenInterview
    /// A cookie-authenticated change without the session's CSRF token.
    case csrfRejected
    case notFound
    /// A body that cannot be read or does not describe what the route takes (422).
    case unprocessable(String)
    /// Too many failed sign-ins; try again after this many seconds.
    case tooManyAttempts(retryAfter: Int)
}
