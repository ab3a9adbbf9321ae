import Hummingbird
import HummingbirdAuth
import OtborCore
import OtborHTML

/// The per-request context of the console: the session, who is signed in and how, the page
/// language and the response's CSP nonce.
public struct ConsoleContext: AuthRequestContext, SessionRequestContext, RequestContext {
    /// How the signed-in person proved who they are.
    public enum Credential: Sendable, Hashable {
        /// The session cookie: state-changing requests need the CSRF token.
        case session
        /// `Authorization: Bearer TOKEN`, which a browser never adds by itself.
        case bearer
    }

    public var coreContext: CoreRequestContextStorage
    /// The signed-in account, if any.
    public var identity: Account?
    public var credential: Credential?
    public let sessions: SessionContext<ConsoleSession>
    /// The language of pages and messages: Russian unless the person chose English.
    public var language: ContentLanguage = .ru
    /// The nonce of this response's inline styles.
    public var nonce: CSPNonce = .random()

    public init(source: Source) {
        coreContext = .init(source: source)
        sessions = .init()
    }

    /// The signed-in account when it may do `action`; otherwise why not (401 or 403).
    public func require(_ action: ConsoleAction) throws(ConsoleError) -> Account {
        guard let identity else { throw .unauthenticated }
        guard identity.may(action) else { throw .forbidden }
        return identity
    }
}
