import Foundation
import OtborCore
import OtborStore
import OtborStorePostgres
import OtborTestSupport
import Testing

/// What only the PostgreSQL engine promises: its migrations table, its refusal of another
/// program's database, and the PL/pgSQL triggers behind the lock and the append-only audit,
/// which hold for any client that connects, not only for the store.
@Suite(.enabled(if: PostgresCluster.binaries != nil || PostgresCluster.required, "no PostgreSQL server binaries"))
struct PostgresEngineTests {
    /// A new store on its own database of the test cluster, and that database's name.
    func open() throws -> (store: PostgresStore, database: String) {
        let cluster = try PostgresCluster.shared()
        let database = try cluster.createDatabase()
        let url = PostgresURL(user: cluster.user, host: cluster.host, port: cluster.port, database: database, sslMode: .disable)
        return (try PostgresStore(url: url), database)
    }

    @Test("the migrations are v1-campaign, v2-navigation, v3-accounts, v4-erasure-scrub, then v5-live-assessment-centre, recorded once")
    func migrations() async throws {
        let (store, database) = try open()
        #expect(try await store.appliedMigrations() == ["v1-campaign", "v2-navigation", "v3-accounts", "v4-erasure-scrub",
                                                              "v5-live-assessment-centre"])
        await store.shutdown()
        let again = try PostgresStore(url: PostgresURL(user: "otbor", host: "127.0.0.1", port: try PostgresCluster.shared().port,
                                                       database: database, sslMode: .disable))
        #expect(try await again.appliedMigrations().count == 5)
        #expect(try await again.candidates().isEmpty)
        await again.shutdown()
    }

    @Test("a database with another program's tables is refused and left as it was")
    func foreign() async throws {
        let cluster = try PostgresCluster.shared()
        let database = try cluster.createDatabase()
        _ = try cluster.psql(database, "CREATE TABLE invoices (id int)")
        let store = try PostgresStore(url: PostgresURL(user: cluster.user, host: cluster.host, port: cluster.port,
                                                       database: database, sslMode: .disable))
        await #expect {
            _ = try await store.candidates()
        } throws: { error in
            guard case StoreError.notADatabase(_, let reason) = error else { return false }
            return reason.contains("invoices")
        }
        #expect(try cluster.psql(database, "SELECT string_agg(table_name::text, ',') FROM information_schema.tables WHERE table_schema = 'public'")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "invoices")
        await store.shutdown()
    }

    static let refusedStatements: [(sql: String, message: String)] = [
        ("INSERT INTO rating (sessionId, step, score, answeredAt) VALUES (SESSION, 'q2', 1, 'x')", "session is submitted and locked"),
        ("UPDATE rating SET score = 1 WHERE sessionId = SESSION", "session is submitted and locked"),
        ("DELETE FROM rating WHERE sessionId = SESSION", "session is submitted and locked"),
        ("DELETE FROM checklist WHERE sessionId = SESSION", "session is submitted and locked"),
        ("INSERT INTO red_flag (sessionId, flag) VALUES (SESSION, 'late')", "session is submitted and locked"),
        ("UPDATE session SET navigation = '{}' WHERE id = SESSION", "session is submitted and locked"),
        ("UPDATE audit SET actor = 'someone else'", "the audit log is append-only"),
        ("DELETE FROM audit", "the audit log is append-only"),
        ("TRUNCATE audit", "the audit log is append-only"),
    ]

    @Test("the submitted-session lock and the append-only audit hold in SQL itself, for any client",
          arguments: refusedStatements.indices)
    func triggers(index: Int) async throws {
        let (store, database) = try open()
        let candidate = try await store.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2026-11-01"), actor: "hr").id
        let session = try await store.startSession(candidate: candidate, profile: StoreFixture.profile, guide: StoreFixture.guide,
                                                   assessor: "Мария")
        try await store.record(RecordedAnswer(step: InterviewStep(item: "q1", kind: .rating(criterion: nil)), value: .rating(4), note: ""), session: session.id)
        try await store.record(RecordedAnswer(step: InterviewStep(item: "rp", kind: .checklist), value: .checklist(["a"]), note: ""),
                               session: session.id)
        try await store.submit(session: session.id)
        await store.shutdown()
        let (sql, message) = Self.refusedStatements[index]
        let before = try PostgresCluster.shared().dump(database)
        #expect {
            _ = try PostgresCluster.shared().psql(database, sql.replacingOccurrences(of: "SESSION", with: "\(session.id.rawValue)"))
        } throws: { error in
            "\(error)".contains(message)
        }
        #expect(try PostgresCluster.shared().dump(database) == before)
    }
}
