import Foundation
@testable import OtborCLI
import OtborStore
import OtborTestSupport
import Testing

/// The demo campaign entered on PostgreSQL scores and ranks byte for byte as on SQLite, and a
/// campaign copied SQLite → PostgreSQL → SQLite with `otbor db copy` scores as the original.
/// Skipped only without PostgreSQL's server binaries (CI sets `OTBOR_REQUIRE_POSTGRES=1`, which
/// makes a missing server a failure).
@Suite(.enabled(if: PostgresCluster.binaries != nil || PostgresCluster.required, "no PostgreSQL server binaries"))
struct PostgresParityTests {
    /// A new, empty database on the test cluster, as a URL.
    static func newDatabase() throws -> (url: String, name: String) {
        let cluster = try PostgresCluster.shared()
        let name = try cluster.createDatabase()
        return ("postgres://\(cluster.user)@\(cluster.host):\(cluster.port)/\(name)?sslmode=disable", name)
    }

    /// Runs otbor and requires it to succeed.
    static func otbor(_ arguments: [String]) throws -> OtborProcess.Output {
        let output = try OtborProcess.run(arguments)
        try #require(output.status == 0, "otbor \(arguments.joined(separator: " ")): \(output.stderr)")
        return output
    }

    /// What the scoring commands print of the campaign in `database`: every demo candidate's
    /// scorecard as JSON, and the ranking as JSON and as text in both languages.
    static func scoring(_ database: String) throws -> [String: String] {
        var outputs: [String: String] = [:]
        for person in DemoCampaign.people {
            outputs["score \(person.name)"] = try otbor(["score", "--candidate", person.name, "--format", "json", "--database", database]).stdout
        }
        for lang in ["ru", "en"] {
            outputs["compare json \(lang)"] = try otbor(["compare", "--format", "json", "--lang", lang, "--database", database]).stdout
            outputs["compare text \(lang)"] = try otbor(["compare", "--lang", lang, "--database", database]).stdout
        }
        return outputs
    }

    /// Enters the demo into `database` (a file is made in `folder` when `nil`); returns the database.
    static func demo(_ folder: TemporaryFolder, database: String? = nil) throws -> String {
        _ = try otbor(["demo", "--out", folder.url.path, "--lang", "en"] + (database.map { ["--database", $0] } ?? []))
        return database ?? folder.file("demo.sqlite").path
    }

    @Test("the demo on PostgreSQL gives byte-identical score --format json for every candidate and compare output")
    func demoParity() throws {
        let fileFolder = try TemporaryFolder("otbor-parity"), serverFolder = try TemporaryFolder("otbor-parity")
        let onFile = try Self.scoring(try Self.demo(fileFolder))
        let onServer = try Self.scoring(try Self.demo(serverFolder, database: try Self.newDatabase().url))
        #expect(onFile.count == DemoCampaign.people.count + 4)
        #expect(onFile.values.allSatisfy { $0.count > 100 })
        for key in onFile.keys.sorted() {
            #expect(onServer[key] == onFile[key], "\(key) differs between the engines")
        }
    }

    @Test("otbor db copy SQLite → PostgreSQL → SQLite: every table checked ok, progress on stderr, the same scores; a second copy into the now non-empty database is refused")
    func copyRoundTrip() throws {
        let folder = try TemporaryFolder("otbor-copy")
        let original = try Self.demo(folder)
        let server = try Self.newDatabase()
        let there = try Self.otbor(["db", "copy", "--from", original, "--to", server.url, "--lang", "en"])
        let checks = there.stdout.split(separator: "\n").filter { $0.hasSuffix("  ok") || $0.hasSuffix(" ok") }
        // Every copied table and the id counters.
        #expect(checks.count == CampaignTable.all.count + 1, "\(there.stdout)")
        #expect(there.stdout.contains("checked it: every table has the same rows and content hash"))
        #expect(there.stderr.contains("candidate: 6 rows copied") && there.stderr.contains("audit: "), "\(there.stderr)")
        let back = folder.file("back.sqlite").path
        _ = try Self.otbor(["db", "copy", "--from", server.url, "--to", back])
        let scores = try Self.scoring(original)
        #expect(try Self.scoring(server.url) == scores)
        #expect(try Self.scoring(back) == scores)

        let again = try OtborProcess.run(["db", "copy", "--from", original, "--to", server.url, "--lang", "en"])
        #expect(again.status == 1 && again.stderr.contains("is not empty: it holds account 1, application 6"), "\(again.stderr)")
        #expect(try PostgresCluster.shared().psql(server.name, "SELECT count(*) FROM candidate")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "6")
    }

    @Test("otbor db migrate on PostgreSQL: --dry-run lists the pending migrations and creates nothing; then each is named as applied; then up to date")
    func migratePostgres() throws {
        let server = try Self.newDatabase()
        let names = ["v1-campaign", "v2-navigation", "v3-accounts", "v4-erasure-scrub", "v5-live-assessment-centre"]
        let dry = try Self.otbor(["db", "migrate", "--dry-run", "--database", server.url, "--lang", "en"])
        #expect(dry.stdout == names.map { "pending migration \($0)\n" }.joined()
            + "\(server.url): 5 of 5 migrations pending; nothing was changed (dry run). `otbor db migrate` without --dry-run applies them\n")
        #expect(try PostgresCluster.shared().psql(server.name, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let applied = try Self.otbor(["db", "migrate", "--database", server.url, "--lang", "en"])
        #expect(applied.stdout == names.map { "applied migration \($0)\n" }.joined()
            + "\(server.url) is up to date: 5 migrations, 5 of them applied now\n")
        let again = try Self.otbor(["db", "migrate", "--database", server.url, "--lang", "en"])
        #expect(again.stdout == "\(server.url) is up to date: 5 migrations\n")
    }
}

/// `otbor db migrate` on a file: a new (empty) file's migrations are listed by a dry run that
/// leaves it empty, then applied by name; a current file is up to date; a missing one is refused.
struct DatabaseMigrateFileTests {
    @Test("otbor db migrate on a file: dry run, applied by name, up to date, a missing file refused (in Russian by default)")
    func migrateFile() throws {
        let folder = try TemporaryFolder("otbor-migrate")
        let path = folder.file("new.sqlite").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let dry = try OtborProcess.run(["db", "migrate", "--dry-run", "--database", path, "--lang", "en"])
        #expect(dry.status == 0 && dry.stdout.hasPrefix("pending migration v1-campaign\n"), "\(dry.stdout)\(dry.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
        let applied = try OtborProcess.run(["db", "migrate", "--database", path, "--lang", "en"])
        #expect(applied.stdout.hasSuffix("applied migration v5-live-assessment-centre\n\(path) is up to date: 5 migrations, 5 of them applied now\n"),
                "\(applied.stdout)\(applied.stderr)")
        let again = try OtborProcess.run(["db", "migrate", "--database", path])
        #expect(again.status == 0 && again.stdout == "\(path) в актуальном состоянии: миграций — 5\n", "\(again.stdout)")
        let missing = try OtborProcess.run(["db", "migrate", "--database", folder.file("none.sqlite").path, "--lang", "en"])
        #expect(missing.status == 1 && missing.stderr.contains("none.sqlite"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.sqlite").path))
    }
}
