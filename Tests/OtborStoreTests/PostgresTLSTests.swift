import Foundation
import OtborStore
import OtborStorePostgres
import OtborTestSupport
import Testing

/// `sslmode` against a server that speaks only TLS, with a certificate for `localhost` signed by a
/// test authority: require encrypts without checking, verify-ca checks the signer, verify-full the
/// signer and the name; a connection that would be weaker than asked is refused before any query.
@Suite(.enabled(if: PostgresCluster.binaries != nil || PostgresCluster.required, "no PostgreSQL server binaries"))
struct PostgresTLSTests {
    enum Root: String, Sendable { case none, authority, stranger }

    static let cases: [(host: String, mode: PostgresURL.SSLMode, root: Root, opens: Bool)] = [
        ("127.0.0.1", .require, .none, true),
        ("127.0.0.1", .prefer, .none, true),
        // The server refuses a connection without TLS.
        ("127.0.0.1", .disable, .none, false),
        ("127.0.0.1", .verifyCA, .authority, true),
        ("127.0.0.1", .verifyCA, .stranger, false),
        // The system's authorities did not sign the test certificate.
        ("127.0.0.1", .verifyCA, .none, false),
        ("localhost", .verifyFull, .authority, true),
        // The certificate names localhost, not 127.0.0.1.
        ("127.0.0.1", .verifyFull, .authority, false),
        ("localhost", .verifyFull, .stranger, false),
    ]

    @Test("each sslmode opens the campaign only when the server's certificate passes what the mode checks", arguments: cases.indices)
    func mode(index: Int) async throws {
        let (host, mode, root, opens) = Self.cases[index]
        let (cluster, files) = try PostgresCluster.tlsShared()
        let rootFile: String? = switch root {
        case .none: nil
        case .authority: files.authority
        case .stranger: files.stranger
        }
        let url = PostgresURL(user: cluster.user, host: host, port: cluster.port, database: try cluster.createDatabase(),
                              sslMode: mode, sslRootCert: rootFile)
        let store = try PostgresStore(url: url)
        if opens {
            #expect(try await store.candidates().isEmpty)
            #expect(try await store.appliedMigrations().first == "v1-campaign")
        } else {
            await #expect {
                _ = try await store.candidates()
            } throws: { error in
                guard case StoreError.cannotOpen(let path, _) = error else { return false }
                return path == url.location
            }
        }
        await store.shutdown()
    }
}
