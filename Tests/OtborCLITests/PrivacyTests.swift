import Foundation
import OtborStore
import OtborTestSupport
import Testing

/// Where candidates' personal data may be: in private files only (0600, folders 0700), and after
/// `otbor candidates erase` nowhere at all — not in the database file, its WAL, its -shm, nor the
/// audit log. Everything goes through `otbor` processes; the test process opens no database
/// connection while it reads the files' bytes.
@Suite("Privacy", .serialized)
struct PrivacyTests {
    static let workspace = ["--workspace", OtborProcess.repository.path]

    @Test("every file a campaign leaves (database, -wal and -shm live and after a kill, report all, demo, exports) is 0600, every folder otbor made 0700")
    func privateFiles() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.appendingPathComponent("campaign/data/campaign.sqlite").path
        let db = ["--database", database] + Self.workspace
        let added = try BatchOtbor.run(["candidates", "add", "Анна Петрова", "--email", "anna@example.org", "--consent-date", "2025-01-10"] + db,
                                       scratch: root)
        #expect(added.status == 0, "\(added.stderr)")
        let steps = RunnerFixture.guide("manager-interview").steps
        let live = try RunningOtbor(["interview", "start", "--candidate", "1", "--profile", "senior-support-manager", "--stage", "manager-interview",
                                     "--assessor", "hr", "--lang", "en"] + db)
        live.send(["4", "первая заметка"])
        #expect(CrashRecoveryTests.poll { live.stdout.contains("━━ 2/\(steps.count)") }, "\(live.stdout)")
        for moment in ["while the interview runs", "after kill -9"] {
            for suffix in ["", "-wal", "-shm"] {
                #expect(try Self.mode(database + suffix) == 0o600, "campaign.sqlite\(suffix) \(moment)")
            }
            if moment.hasPrefix("while") { live.kill() }
        }
        let resumed = try RunningOtbor.run(["interview", "resume", "1", "--lang", "en"] + db,
                                           input: (1..<steps.count).flatMap { [String($0 % 5 + 1), "заметка \($0)"] } + ["y"])
        #expect(resumed.status == 0 && resumed.stdout.contains("Submitted session 1"), "\(resumed.stderr)")
        let folder = (database as NSString).deletingLastPathComponent
        for command in [["report", "all", "--out", root.appendingPathComponent("reports/campaign").path],
                        ["export", "--format", "json", "--out", folder + "/campaign.json"],
                        ["export", "--format", "csv", "--out", folder + "/campaign.csv"]] {
            let output = try BatchOtbor.run(command + db, scratch: root)
            #expect(output.status == 0, "\(command): \(output.stderr)")
        }
        let demo = try BatchOtbor.run(["demo", "--out", root.appendingPathComponent("demo/out").path, "--lang", "en"] + Self.workspace,
                                      scratch: root)
        #expect(demo.status == 0, "\(demo.stderr)")

        let items = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
        for name in ["campaign/data/campaign.sqlite", "campaign/data/campaign.json", "campaign/data/campaign.csv", "reports/campaign/index.html",
                     "reports/campaign/candidate-1.html", "demo/out/demo.sqlite", "demo/out/index.html", "demo/out/candidate-6.html"] {
            #expect(items.contains(name), "\(name) was not written")
        }
        for item in items {
            let path = root.appendingPathComponent(item).path
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            #expect(try Self.mode(path) == (isFolder.boolValue ? 0o700 : 0o600), "\(item)")
        }
    }

    /// The erased candidate's personal data: name, contacts, source, notes, answers' evidence, a
    /// red flag's note and a decision's reason, in Cyrillic and Latin.
    static let erased = ["Зиновий", "Эрастович", "zinovy.erastovich", "555-12-34", "рекомендация Петра", "ПРИМЕТНАЯ-ЗАМЕТКА-7731",
                         "remarkable-note-7731", "СЛЕД-ОТВЕТА-5521", "answer-trace-5521", "ГРУППА-СЛЕД-3141", "group-trace-3141",
                         "ФЛАГ-ЗАМЕТКА-2718", "flag-trace-2718", "ПРИЧИНА-6060", "reason-latin-6060"]
    /// The other candidate's, which must stay (and show that the byte search works).
    static let kept = ["Ольга", "Смирнова", "olga.smirnova", "444-55-66", "ОСТАЁТСЯ-4242", "stays-4242", "ГРУППА-ОСТАЁТСЯ-1618", "ЖИВАЯ-СЕССИЯ-9999"]

    @Test("after candidates erase, with another interview running, no byte of the file, its WAL or its -shm and no audit column holds the candidate's data")
    func eraseLeavesNoTrace() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.appendingPathComponent("campaign.sqlite").path
        let db = ["--database", database] + Self.workspace
        func otbor(_ arguments: [String], input: [String] = []) throws {
            let output = try BatchOtbor.run(arguments + db, input: input, scratch: root)
            #expect(output.status == 0, "otbor \(arguments.prefix(2).joined(separator: " ")): \(output.stderr)")
        }
        try otbor(["candidates", "add", "Зиновий Эрастович", "--email", "zinovy.erastovich@example.org", "--phone", "+7 901 555-12-34",
                   "--source", "рекомендация Петра", "--notes", "ПРИМЕТНАЯ-ЗАМЕТКА-7731 remarkable-note-7731", "--consent-date", "2025-01-10"])
        try otbor(["candidates", "add", "Ольга Смирнова", "--email", "olga.smirnova@example.org", "--phone", "+7 902 444-55-66",
                   "--notes", "ОСТАЁТСЯ-4242 stays-4242", "--consent-date", "2025-01-10"])
        let steps = RunnerFixture.guide("manager-interview").steps
        try otbor(["interview", "start", "--candidate", "1", "--profile", "senior-support-manager", "--stage", "manager-interview", "--assessor", "hr1"],
                  input: steps.indices.flatMap { [String($0 % 5 + 1), "СЛЕД-ОТВЕТА-5521-\($0) answer-trace-5521-\($0)"] } + ["1", "y"])
        let sheet = root.appendingPathComponent("group.yaml")
        try Self.groupSheet.write(to: sheet, atomically: true, encoding: .utf8)
        try otbor(["interview", "import", sheet.path, "--by", "hr2"])
        try otbor(["decide", "--candidate", "1", "--decision", "reject", "--reason", "ПРИЧИНА-6060 reason-latin-6060", "--by", "hm"])
        try otbor(["candidates", "withdraw-consent", "1", "--on", "2025-02-01", "--by", "dpo"])

        let live = try RunningOtbor(["interview", "start", "--candidate", "2", "--profile", "senior-support-manager", "--stage", "manager-interview",
                                     "--assessor", "hr3", "--lang", "en"] + db)
        live.send(["5", "ЖИВАЯ-СЕССИЯ-9999"])
        #expect(CrashRecoveryTests.poll { live.stdout.contains("━━ 2/\(steps.count)") }, "\(live.stdout)")
        let before = try Self.bytes(database)
        for secret in Self.erased + Self.kept {
            #expect(before.range(of: Data(secret.utf8)) != nil, "the search must find \(secret) before the erasure")
        }

        let erase = try BatchOtbor.run(["candidates", "erase", "1", "--yes", "--by", "dpo-anna", "--lang", "en"] + db, scratch: root)
        #expect(erase.status == 0 && erase.stdout.contains("candidate 1 erased"), "\(erase.stderr)")
        #expect(!Self.erased.contains { erase.stdout.contains($0) || erase.stderr.contains($0) })
        try expectNoTrace(database, "while the other interview runs")
        live.send((1..<steps.count).flatMap { ["3", "заметка \($0)"] } + ["y"])
        live.closeInput()
        let finished = live.waitForExit()
        #expect(finished.status == 0 && finished.stdout.contains("Submitted session"), "\(finished.stderr)")
        try expectNoTrace(database, "after the other interview was submitted")

        let probe = try DatabaseProbe(path: database)
        #expect(try probe.integrityCheck() == "ok")
        #expect(try probe.store.candidates().map(\.id) == [2])
        let audit = try probe.auditCells()
        #expect(audit.count > 20)
        for (row, cells) in audit.enumerated() {
            for secret in Self.erased + Self.kept {
                #expect(!cells.contains { $0.contains(secret) }, "audit row \(row + 1) holds \(secret): \(cells)")
            }
        }
        let tombstones = audit.filter { $0.contains("candidate.erase") }.map { Array($0.dropFirst(2)) }
        #expect(tombstones == [["dpo-anna", "candidate.erase", "candidate:1", "request"]])
    }

    /// None of the erased candidate's data in the file, its WAL or its -shm; the other candidate's still there.
    private func expectNoTrace(_ database: String, _ moment: String) throws {
        let bytes = try Self.bytes(database)
        for secret in Self.erased {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is still in the database files \(moment)")
        }
        for secret in Self.kept {
            #expect(bytes.range(of: Data(secret.utf8)) != nil, "\(secret) of the other candidate is gone \(moment)")
        }
    }

    /// A group scoresheet for both candidates, with notes and a red flag's note.
    static let groupSheet = """
        profile: senior-support-manager
        guide: group-exercise
        assessor: Ирина Лебедева
        conducted: 2026-11-20
        sheets:
          - candidate: 1
            answers:
              chat-wait-time/activity: {rating: 4, note: "ГРУППА-СЛЕД-3141 group-trace-3141"}
              team-disagreements: 3
            red-flags:
              - {id: interrupts-criticises, note: "ФЛАГ-ЗАМЕТКА-2718 flag-trace-2718"}
          - candidate: 2
            answers:
              chat-wait-time/activity: {rating: 5, note: "ГРУППА-ОСТАЁТСЯ-1618"}

        """

    /// The database file, its WAL and its -shm, one after the other.
    static func bytes(_ database: String) throws -> Data {
        var data = Data()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: database + suffix) {
            data.append(try Data(contentsOf: URL(fileURLWithPath: database + suffix)))
        }
        return data
    }

    static func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-privacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
