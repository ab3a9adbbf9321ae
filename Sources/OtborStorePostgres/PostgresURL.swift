import Foundation
import PostgresNIO

/// A `postgres://user@host:port/database?sslmode=…` address of a campaign database. The password
/// never comes from the URL (it would show in the process list, shell history and logs): it comes
/// from `PGPASSWORD` or a `.pgpass` file (``PGPass``), as for `psql`.
public struct PostgresURL: Sendable, Equatable {
    /// How the connection is encrypted, as libpq's `sslmode` says it.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// No TLS.
        case disable
        /// TLS when the server offers it, without checking its certificate (libpq's default).
        case prefer
        /// TLS or no connection, without checking the server's certificate.
        case require
        /// TLS with the server's certificate checked against the trusted roots, not its name.
        case verifyCA = "verify-ca"
        /// TLS with the server's certificate and host name checked.
        case verifyFull = "verify-full"
    }

    /// Why a URL was refused: what was wrong and what is accepted.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case passwordInURL
        case malformed(String)
        case badPort(String)
        case badSSLMode(String)
        case unknownParameter(String)
        case missingRootCertificate(String)

        public var description: String {
            switch self {
            case .passwordInURL:
                "a database URL must not contain the password; put it in PGPASSWORD or in ~/.pgpass (host:port:database:user:password, mode 0600)"
            case .malformed(let text):
                "'\(text)' is not a database URL; write postgres://user@host:port/database"
            case .badPort(let text):
                "the port '\(text)' is not a number from 1 to 65535"
            case .badSSLMode(let text):
                "sslmode '\(text)' is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))"
            case .unknownParameter(let name):
                "the URL parameter '\(name)' is not known; those accepted are sslmode and sslrootcert"
            case .missingRootCertificate(let path):
                "the trusted root certificate '\(path)' (sslrootcert, or PGSSLROOTCERT) cannot be read; give the PEM file of the authority that signed the server's certificate"
            }
        }
    }

    public var user: String
    /// A host name or address, or a folder holding the server's Unix socket (starts with `/`).
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode
    /// The PEM file of the authorities trusted to sign the server's certificate (`sslrootcert`, else
    /// `PGSSLROOTCERT`, else `~/.postgresql/root.crt` when it exists, as for libpq); without one,
    /// verify-ca and verify-full trust the system's authorities.
    public var sslRootCert: String?

    public init(user: String, host: String, port: Int = 5432, database: String, sslMode: SSLMode = .prefer, sslRootCert: String? = nil) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
        self.sslRootCert = sslRootCert
    }

    /// Whether `text` names a PostgreSQL database rather than a file.
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Parses a `postgres://` or `postgresql://` URL. The user defaults to `PGUSER`, then the
    /// login name; the host to `localhost`; the database to the user's name.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        // Before anything else, so that no message ever repeats a password.
        if let authority = text.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first,
           let at = authority.lastIndex(of: "@"), authority[..<at].contains(":") { throw Problem.passwordInURL }
        guard Self.isURL(text), let components = URLComponents(string: text) else { throw Problem.malformed(text) }
        if components.password != nil { throw Problem.passwordInURL }
        if let rawPort = components.percentEncodedHost.flatMap({ _ in Self.rawPort(text) }) {
            guard let port = Int(rawPort), (1...65_535).contains(port) else { throw Problem.badPort(rawPort) }
        }
        let fallbackUser = environment["PGUSER"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["USER"] ?? NSUserName()
        user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackUser
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.contains("/") else { throw Problem.malformed(text) }
        database = path.isEmpty ? user : path
        sslMode = .prefer
        sslRootCert = nil
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = SSLMode(rawValue: item.value ?? "") else { throw Problem.badSSLMode(item.value ?? "") }
                sslMode = mode
            case "sslrootcert":
                sslRootCert = item.value.flatMap { $0.isEmpty ? nil : $0 }
            default:
                throw Problem.unknownParameter(item.name)
            }
        }
        if sslRootCert == nil, let fromEnvironment = environment["PGSSLROOTCERT"], !fromEnvironment.isEmpty { sslRootCert = fromEnvironment }
        if sslRootCert == nil, let home = environment["HOME"], FileManager.default.isReadableFile(atPath: home + "/.postgresql/root.crt") {
            sslRootCert = home + "/.postgresql/root.crt"
        }
        if let sslRootCert, sslMode == .verifyCA || sslMode == .verifyFull, !FileManager.default.isReadableFile(atPath: sslRootCert) {
            throw Problem.missingRootCertificate(sslRootCert)
        }
    }

    /// The port as written after the host, for a message when it is not a number.
    private static func rawPort(_ text: String) -> String? {
        guard let authority = text.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first,
              let hostPart = authority.split(separator: "@").last, !hostPart.hasPrefix("["),
              let colon = hostPart.lastIndex(of: ":") else { return nil }
        return String(hostPart[hostPart.index(after: colon)...])
    }

    /// How messages name the database: the URL without any password.
    public var location: String {
        let shownHost = host.hasPrefix("/") ? host.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? host : host
        var parameters: [String] = []
        if sslMode != .prefer { parameters.append("sslmode=\(sslMode.rawValue)") }
        if let sslRootCert, sslMode == .verifyCA || sslMode == .verifyFull { parameters.append("sslrootcert=\(sslRootCert)") }
        return "postgres://\(user)@\(shownHost):\(port)/\(database)" + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
    }

    /// The password from `PGPASSWORD`, else from the `.pgpass` file; `nil` when neither has one.
    func password(environment: [String: String]) -> String? {
        environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            ?? PGPass.file(environment: environment).flatMap {
                PGPass.password(in: $0, host: host.hasPrefix("/") ? "localhost" : host, port: port, database: database, user: user)
            }
    }

    /// The server's Unix socket, when ``host`` is a folder.
    private var socket: String? {
        host.hasPrefix("/") ? (host as NSString).appendingPathComponent(".s.PGSQL.\(port)") : nil
    }

    /// The pool's configuration, with the password from `PGPASSWORD` or the `.pgpass` file.
    public func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresClient.Configuration {
        let password = password(environment: environment)
        if let socket {
            return PostgresClient.Configuration(unixSocketPath: socket, username: user, password: password, database: database)
        }
        var configuration = PostgresClient.Configuration(host: host, port: port, username: user, password: password,
                                                         database: database, tls: try tls().client)
        if sslMode == .verifyFull { configuration.options.tlsServerName = host }
        return configuration
    }

    /// The configuration of one connection outside the pool (the store migrates through it first,
    /// so that a server that cannot be reached, or refuses, says why at once).
    func connectionConfiguration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresConnection.Configuration {
        let password = password(environment: environment)
        if let socket {
            return PostgresConnection.Configuration(unixSocketPath: socket, username: user, password: password, database: database)
        }
        let tls: PostgresConnection.Configuration.TLS = switch try tls().connection {
        case nil: .disable
        case (let context, true)?: .require(context)
        case (let context, false)?: .prefer(context)
        }
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: user, password: password,
                                                             database: database, tls: tls)
        if sslMode == .verifyFull { configuration.options.tlsServerName = host }
        return configuration
    }

    /// The TLS setting of ``sslMode``: the configuration, and whether TLS is required (`nil`: no TLS).
    func tls() throws -> (configuration: TLSConfiguration, required: Bool)? {
        var unchecked = TLSConfiguration.makeClientConfiguration()
        unchecked.certificateVerification = .none
        switch sslMode {
        case .disable: return nil
        case .prefer: return (unchecked, false)
        case .require: return (unchecked, true)
        case .verifyCA:
            var configuration = try verifying()
            configuration.certificateVerification = .noHostnameVerification
            return (configuration, true)
        case .verifyFull: return (try verifying(), true)
        }
    }

    /// A client configuration that checks the server's certificate against ``sslRootCert`` (or the system's authorities).
    private func verifying() throws -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let sslRootCert {
            guard FileManager.default.isReadableFile(atPath: sslRootCert) else { throw Problem.missingRootCertificate(sslRootCert) }
            configuration.trustRoots = .file(sslRootCert)
        }
        return configuration
    }
}

extension Optional where Wrapped == (configuration: TLSConfiguration, required: Bool) {
    /// The pool's TLS setting.
    var client: PostgresClient.Configuration.TLS {
        switch self {
        case nil: .disable
        case let (configuration, required)?: required ? .require(configuration) : .prefer(configuration)
        }
    }

    /// A connection's TLS setting: its context, and whether TLS is required.
    var connection: (NIOSSLContext, Bool)? {
        get throws {
            guard let (configuration, required) = self else { return nil }
            return (try NIOSSLContext(configuration: configuration), required)
        }
    }
}
