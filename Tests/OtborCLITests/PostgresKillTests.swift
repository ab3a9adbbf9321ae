import Foundation
import OtborTestSupport
import Testing

/// `kill -9` of an `otbor` writer in the middle of its transaction on PostgreSQL: the server rolls
/// the transaction back, so nothing of it is left; the same import then goes through whole.
@Suite("kill -9 of a PostgreSQL writer", .serialized)
struct PostgresKillTests {
    static let candidates = 200

    @Test("an import of 200 sheets killed with SIGKILL after writing its sessions and ratings, before its audit lines: nothing half-written; run again, all of it")
    func killedImport() throws {
        guard let (cluster, database) = try PostgresCluster.testDatabase("kill -9") else { return }
        let url = cluster.url(database)
        let common = ["--database", url, "--workspace", OtborProcess.repository.path, "--lang", "en"]
        let added = try OtborProcess.run(["candidates", "add", "Кандидат 0", "--consent-date", "2026-11-01"] + common)
        try #require(added.status == 0, "\(added.stderr)")
        try cluster.psql(database, """
            INSERT INTO candidate (name, consentDate, createdAt)
            SELECT 'Кандидат ' || g, '2026-11-01', '2026-11-01T09:00:00.000Z' FROM generate_series(1, \(Self.candidates - 1)) AS g
            """)
        let folder = try TemporaryFolder("otbor-pg-kill")
        let sheet = folder.file("sheet.yaml")
        try Self.scoresheet.write(to: sheet, atomically: true, encoding: .utf8)
        func count(_ sql: String) throws -> Int { Int(try cluster.psql(database, sql).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }

        // Another connection holds the audit table: the import writes its rows, then waits for its audit lines.
        let locker = try PsqlSession(cluster: cluster, database: database)
        locker.send("BEGIN; LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE; SELECT 'locked';")
        #expect(RunningOtbor.wait { locker.output.contains("locked") }, "the lock was not taken")
        let running = try RunningOtbor(["interview", "import", sheet.path, "--wait", "120"] + common)
        let waiting = """
            SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND wait_event_type = 'Lock'
              AND query LIKE '%INSERT INTO audit%' AND backend_xid IS NOT NULL
            """
        #expect(try RunningOtbor.wait(timeout: 60) { try count(waiting) == 1 }, "the import never reached its audit lines: \(running.stdout)")
        running.kill()
        #expect(running.process.terminationReason == .uncaughtSignal)
        locker.send("COMMIT;")
        locker.close()
        // The server notices the dead client once the lock is free, and rolls its transaction back.
        let alive = "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE '%INSERT INTO audit%'"
        #expect(try RunningOtbor.wait(timeout: 60) { try count(alive) == 0 })
        #expect(try count("SELECT count(*) FROM session") == 0)
        #expect(try count("SELECT count(*) FROM rating") == 0)
        #expect(try count("SELECT count(*) FROM application") == 0)
        #expect(try count("SELECT count(*) FROM audit WHERE action = 'session.import'") == 0)

        let again = try OtborProcess.run(["interview", "import", sheet.path] + common)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try count("SELECT count(*) FROM session WHERE status = 'submitted'") == Self.candidates)
        #expect(try count("SELECT count(*) FROM rating") == Self.candidates * 4)
        #expect(try count("SELECT count(*) FROM audit WHERE action = 'session.import'") == Self.candidates)
    }

    /// The group exercise of the shipped workspace, four ratings for each candidate.
    static var scoresheet: String {
        let sheets = (0..<candidates).map { index in
            """
              - candidate: Кандидат \(index)
                answers:
                  chat-wait-time/activity: \(1 + index % 5)
                  chat-wait-time/listening: \(1 + (index + 1) % 5)
                  chat-wait-time/constructiveness: \(1 + (index + 2) % 5)
                  chat-wait-time/leadership: \(1 + (index + 3) % 5)
            """
        }
        return """
            profile: senior-support-manager
            guide: group-exercise
            assessor: Ольга Кузнецова
            conducted: 2026-11-20
            sheets:
            \(sheets.joined(separator: "\n"))

            """
    }
}

/// `psql` on a connection of its own, fed statements through standard input as the test goes.
final class PsqlSession: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let outputFile: URL

    init(cluster: PostgresCluster, database: String) throws {
        outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-psql-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: (PostgresCluster.binaries ?? "/usr/bin") + "/psql")
        process.arguments = ["-h", cluster.host, "-p", String(cluster.port), "-U", cluster.user, "-d", database, "-X", "-A", "-t"]
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        try? FileManager.default.removeItem(at: outputFile)
    }

    var output: String { (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "" }

    func send(_ sql: String) {
        input.fileHandleForWriting.write(Data((sql + "\n").utf8))
    }

    /// Ends the input, so psql exits, and waits for it.
    func close() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
