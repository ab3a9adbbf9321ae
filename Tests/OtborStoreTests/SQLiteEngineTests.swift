import Foundation
import GRDB
import OtborCore
import OtborStore
@testable import OtborStoreSQLite
import OtborTestSupport
import Testing

/// What only the SQLite engine promises: its file, its pragmas, its refusal of foreign files and
/// the SQL triggers behind the lock and the append-only audit.
struct SQLiteEngineTests {
    func temporary() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent("test.sqlite").path)
    }

    func candidate(_ store: SQLiteStore, _ name: String = "Анна Петрова") throws -> CandidateID {
        try store.addCandidate(NewCandidate(name: name, consentDate: "2026-11-01"), actor: "hr").id
    }

    @Test("a new database file is private (0600), in WAL mode, with foreign keys on and commits synchronous = FULL")
    func newFile() throws {
        let (folder, path) = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let (mode, keys) = try store.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(mode == "wal" && keys == 1)
        // GRDB's WAL set-up lowers its writer to NORMAL; a commit must reach the disk (FULL = 2).
        let synchronous = try store.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2, "answers are committed with synchronous \(synchronous ?? -1), not FULL")
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("reopening applies no migration twice and keeps the data")
    func reopen() throws {
        let (folder, path) = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try candidate(try SQLiteStore(path: path))
        let again = try SQLiteStore(path: path)
        #expect(try again.candidate(id.description).name == "Анна Петрова")
    }

    @Test("a file that is not SQLite is refused and left byte for byte as it was",
          arguments: [Data("hello, this is a text file\n".utf8), Data("SQLite format 3\0".utf8) + Data(repeating: 7, count: 20)])
    func foreignFile(_ content: Data) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("foreign-\(UUID().uuidString).sqlite").path
        try content.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test("the submitted-session lock and the append-only audit hold in SQL itself, below the store")
    func triggers() throws {
        let (folder, path) = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: path)
        let session = try store.startSession(candidate: try candidate(store), profile: StoreFixture.profile,
                                             guide: StoreFixture.guide, assessor: "Ирина")
        try store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(3)), session: session.id)
        try store.submit(session: session.id)
        #expect(throws: (any Error).self) { try store.write { db in try db.execute(sql: "UPDATE rating SET score = 5") } }
        #expect(throws: (any Error).self) { try store.write { db in try db.execute(sql: "DELETE FROM audit") } }
        #expect(try store.answers(session: session.id).ratings["q1"] == 3)
    }

    @Test("the migrations are v1-campaign, v2-navigation, v3-accounts, v4-erasure-scrub, then v5-live-assessment-centre")
    func migrations() throws {
        let (folder, path) = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: path)
        #expect(try store.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
            == ["v1-campaign", "v2-navigation", "v3-accounts", "v4-erasure-scrub", "v5-live-assessment-centre"])
    }

    @Test("a submitted session's navigation is locked in SQL; submitting and rewriting the same value stay allowed")
    func navigationLocked() throws {
        let (folder, path) = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: path)
        let session = try store.startSession(candidate: try candidate(store), profile: StoreFixture.profile,
                                             guide: StoreFixture.guide, assessor: "Ирина").id
        try store.saveNavigation(NavigationStoreTests.navigation, sessions: [session])
        try store.submit(session: session, addingSeconds: 5)
        #expect(throws: StoreError.sessionLocked(session)) { try store.saveNavigation(NavigationStoreTests.navigation, sessions: [session]) }
        #expect(throws: DatabaseError.self) {
            try store.pool.write { try $0.execute(sql: "UPDATE session SET navigation = NULL WHERE id = ?", arguments: [session.rawValue]) }
        }
        try store.pool.write { db in
            try db.execute(sql: "UPDATE session SET navigation = navigation, updatedAt = updatedAt WHERE id = ?", arguments: [session.rawValue])
        }
        #expect(try store.navigation(session: session) == NavigationStoreTests.navigation)
        #expect(try store.session(session).status == .submitted)
    }
}
