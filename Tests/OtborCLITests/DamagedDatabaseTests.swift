import Foundation
import GRDB
import OtborTestSupport
import Testing

/// `otbor` commands given a damaged, foreign, misplaced or read-only database file: an `error: …`
/// that names the file and the fault, exit 1, no crash, and the file left byte for byte as it was,
/// with no `-wal`, `-shm` or `-journal` file beside it.
@Suite("Damaged database")
struct DamagedDatabaseTests {
    /// A file put where the database should be, and the words the error must use for it.
    struct Damage: Sendable, CustomTestStringConvertible {
        var name: String
        var reason: String
        var make: @Sendable (_ path: String, _ campaign: Data) throws -> Void

        var testDescription: String { name }
    }

    /// The database of `otbor demo`: a real campaign of six candidates, 69 scoresheets and more.
    static let campaign: Data = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-damage-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = try? OtborProcess.run(["demo", "--out", folder.path, "--lang", "en", "--workspace", OtborProcess.repository.path])
        return (try? Data(contentsOf: folder.appendingPathComponent("demo.sqlite"))) ?? Data("demo failed: \(demo?.stderr ?? "")".utf8)
    }()

    static let pageSize = 4096

    static func truncated(at offset: @escaping @Sendable (Int) -> Int, _ name: String, reason: String = "truncated") -> Damage {
        Damage(name: name, reason: reason) { path, campaign in try campaign.prefix(offset(campaign.count)).write(to: URL(fileURLWithPath: path)) }
    }

    static let truncations: [Damage] = [
        truncated(at: { _ in 10 }, "cut inside the magic string (10 bytes)", reason: "does not start with the SQLite header"),
        truncated(at: { _ in 50 }, "cut inside the 100-byte header"),
        truncated(at: { _ in 100 }, "cut right after the header"),
        truncated(at: { _ in 1000 }, "cut inside the first page"),
        truncated(at: { _ in pageSize }, "only the first page"),
        truncated(at: { _ in 5 * pageSize + 123 }, "cut inside page 6"),
        truncated(at: { $0 / 2 / pageSize * pageSize + pageSize / 2 }, "cut in the middle of the file, mid-page"),
        truncated(at: { $0 - pageSize }, "the last page missing"),
        truncated(at: { $0 - 100 }, "the last 100 bytes missing"),
    ]

    static let foreign: [Damage] = [
        Damage(name: "a PNG image", reason: "does not start with the SQLite header") { path, _ in
            try Data([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 58, 126, 155,
                      85, 0, 0, 0, 10, 73, 68, 65, 84, 120, 156, 99, 96, 0, 0, 0, 2, 0, 1, 72, 175, 164, 113, 0, 0, 0, 0, 73, 69,
                      78, 68, 174, 66, 96, 130]).write(to: URL(fileURLWithPath: path))
        },
        Damage(name: "a text file", reason: "does not start with the SQLite header") { path, _ in
            try "Кандидаты: Анна, Борис\nnot a database\n".write(toFile: path, atomically: false, encoding: .utf8)
        },
        Damage(name: "another program's SQLite database", reason: "another program's SQLite database, with tables moz_places") { path, _ in
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('https://example.org')")
            }
            try queue.close()
        },
        Damage(name: "a folder", reason: "it is a folder") { path, _ in
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            try Data("kept".utf8).write(to: URL(fileURLWithPath: path).appendingPathComponent("inside.txt"))
        },
    ]

    /// A campaign nobody may write: read by the commands that only read, refused by those that write.
    static let readOnly = Damage(name: "a read-only campaign (mode 0400)", reason: "it is read-only (mode 0400)") { path, campaign in
        try campaign.write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
    }

    /// Commands that read, write, run an interview and render reports; `out` is a folder for reports.
    static func commands(out: String) -> [[String]] {
        [["candidates", "list"], ["score", "--candidate", "1"], ["export", "--format", "json"],
         ["candidates", "add", "Новый Кандидат", "--consent-date", "2025-01-10"],
         ["interview", "start", "--candidate", "1", "--profile", "senior-support-manager", "--stage", "manager-interview", "--assessor", "hr"],
         ["report", "all", "--out", out]]
    }

    @Test("a truncated campaign database is refused by every command and left byte for byte as it was", arguments: truncations)
    func truncatedFile(_ damage: Damage) throws {
        try check(damage)
    }

    @Test("a foreign file or a folder is refused by every command and left as it was", arguments: foreign)
    func foreignFile(_ damage: Damage) throws {
        try check(damage)
    }

    @Test("a read-only database is read by the commands that only read, refused by those that write, and left as it was")
    func readOnlyFile() throws {
        try check(Self.readOnly, readers: ["candidates list", "score --candidate", "export --format", "report all"])
    }

    @Test("a zero-length file is a new, empty database: the first command writes the schema into it and makes it private (0600)")
    func zeroLength() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("campaign.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644]))
        let list = try run(["candidates", "list"], path: path, folder: folder)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.hasPrefix("No candidates yet"))
        let added = try run(["candidates", "add", "Анна Петрова", "--consent-date", "2025-01-10"], path: path, folder: folder)
        #expect(added.status == 0 && added.stdout == "candidate 1 added: Анна Петрова\n", "\(added.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(16) == Data("SQLite format 3\0".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try DatabaseProbe(path: path).integrityCheck() == "ok")
    }

    /// Runs every command against the damaged file and checks the message, the exit code and the
    /// bytes; the commands that begin with one of `readers` must succeed instead.
    private func check(_ damage: Damage, readers: [String] = []) throws {
        #expect(Self.campaign.prefix(16) == Data("SQLite format 3\0".utf8), "the demo database was not built")
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("campaign.sqlite").path
        try damage.make(path, Self.campaign)
        let before = try snapshot(folder)
        let reports = folder.appendingPathComponent("reports").path
        for command in Self.commands(out: reports) {
            let output = try run(command, path: path, folder: folder)
            let what = "\(damage.name), otbor \(command.prefix(2).joined(separator: " "))"
            if readers.contains(where: { command.joined(separator: " ").hasPrefix($0) }) {
                #expect(output.status == 0 && !output.stdout.isEmpty, "\(what): exit \(output.status)\n\(output.stderr)")
                #expect(try snapshot(folder).filter { !$0.key.hasPrefix("reports") } == before, "\(what): the folder changed")
                continue
            }
            #expect(output.status == 1, "\(what): exit \(output.status)\n\(output.stderr)")
            #expect(output.stderr.hasPrefix("error: "), "\(what): \(output.stderr)")
            #expect(output.stderr.contains(path) && output.stderr.contains(damage.reason), "\(what): \(output.stderr)")
            #expect(output.stderr.contains("left untouched"), "\(what): \(output.stderr)")
            #expect(!output.stderr.contains("Fatal error") && output.stdout.isEmpty, "\(what): \(output.stdout)")
            #expect(try snapshot(folder) == before, "\(what): the folder changed")
        }
    }

    /// A file's mode and bytes.
    struct Entry: Equatable {
        var mode: Int
        var bytes: Data
    }

    /// Every file and folder in `folder`, recursively, with its mode and bytes: what a refusal must leave alone.
    private func snapshot(_ folder: URL) throws -> [String: Entry] {
        var files: [String: Entry] = [:]
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        for relative in paths where !relative.hasSuffix(".in") && !relative.hasSuffix(".out") && !relative.hasSuffix(".err") {
            let full = folder.appendingPathComponent(relative).path
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            let isFile = attributes[.type] as? FileAttributeType == .typeRegular
            files[relative] = Entry(mode: attributes[.posixPermissions] as? Int ?? -1,
                                    bytes: isFile ? try Data(contentsOf: URL(fileURLWithPath: full)) : Data())
        }
        return files
    }

    private func run(_ command: [String], path: String, folder: URL) throws -> OtborProcess.Output {
        try BatchOtbor.run(command + ["--database", path, "--workspace", OtborProcess.repository.path] + English.unless(command),
                           scratch: folder)
    }

    private static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-damage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
