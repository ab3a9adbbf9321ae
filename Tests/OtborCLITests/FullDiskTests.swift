import Foundation
import OtborTestSupport
import Testing

/// A campaign on a full disk: what only reads still runs, every failure to write names the file
/// and says the disk is full, and an erase that went through says so. The disk is a small tmpfs
/// (`SmallDisk`), so these tests run as root where mounting is allowed, and are skipped elsewhere.
@Suite("Full disk", .serialized, .enabled(if: SmallDisk.available, "mounting a small tmpfs needs root"))
struct FullDiskTests {
    /// A campaign with a rated candidate, Анна Петрова, and `filler` more with long notes, copied
    /// onto a small disk with nothing in its WAL.
    final class Setup: Sendable {
        let disk: SmallDisk
        let path: String
        let scratch: TemporaryFolder

        init(filler: Int = 0) throws {
            let fixture = try CampaignFixture()
            let anna = try fixture.addCandidate("Анна Петрова")
            try fixture.rate(anna, guide: "manager-interview", assessor: "Ирина") { _ in 4 }
            try fixture.addBulkCandidates(filler, notes: 15)
            try fixture.store.checkpoint()
            disk = try SmallDisk()
            path = disk.url.appendingPathComponent("campaign.sqlite").path
            try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
            scratch = try TemporaryFolder("otbor-full")
        }

        func run(_ arguments: [String]) throws -> OtborProcess.Output {
            try BatchOtbor.run(arguments + ["--database", path, "--workspace", OtborProcess.repository.path, "--lang", "en"],
                               scratch: scratch.url, timeout: 60)
        }
    }

    @Test("on a full disk, commands that only read still run", arguments: [
        ["candidates", "list"], ["candidates", "show", "1"], ["export", "--format", "json"], ["export", "--format", "csv"],
        ["score", "--candidate", "1"], ["compare"], ["interview", "list"],
    ])
    func readersRun(_ command: [String]) throws {
        let setup = try Setup()
        try setup.disk.fill()
        let output = try setup.run(command)
        #expect(output.status == 0, "exit \(output.status): \(output.stderr)")
        #expect(!output.stdout.isEmpty)
        #expect(output.stdout.contains("Анна Петрова") || command.first == "score" || command.first == "compare", "\(output.stdout)")
    }

    @Test("on a full disk, a command that writes fails, naming the file and saying the disk is full", arguments: [
        (["candidates", "add", "Борис Смирнов", "--consent-date", "2025-01-10"], "database"),
        (["decide", "--candidate", "1", "--decision", "hire", "--reason", "fits"], "database"),
        (["export", "--format", "json", "--out", "DISK/export.json"], "DISK/export.json"),
        (["report", "all", "--out", "DISK/reports"], "DISK/reports/"),
    ])
    func writersSayDiskFull(_ command: [String], _ file: String) throws {
        let setup = try Setup()
        let disk = setup.disk.url.path
        try FileManager.default.createDirectory(atPath: disk + "/reports", withIntermediateDirectories: true)
        try setup.disk.fill()
        let output = try setup.run(command.map { $0.replacingOccurrences(of: "DISK", with: disk) })
        let named = file == "database" ? setup.path : file.replacingOccurrences(of: "DISK", with: disk)
        #expect(output.status == 1, "exit \(output.status): \(output.stderr)")
        #expect(output.stderr.hasPrefix("error: cannot write \(named)") && output.stderr.contains("the disk is full"), "\(output.stderr)")
        let left = try FileManager.default.subpathsOfDirectory(atPath: disk).filter { $0.contains(".tmp") || $0.hasSuffix(".html") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test("an erase that went through on a nearly full disk reports success, and no byte of the person is left")
    func eraseOnNearlyFullDisk() throws {
        let setup = try Setup(filler: 300)
        try setup.disk.fill(leaving: 512 * 1024)
        let output = try setup.run(["candidates", "erase", "1", "--yes"])
        #expect(output.status == 0, "exit \(output.status): \(output.stderr)")
        #expect(output.stdout.hasPrefix("candidate 1 erased"), "\(output.stdout)")
        let bytes = try SQLiteFiles.bytes(atPath: setup.path)
        #expect(bytes.range(of: Data("Анна Петрова".utf8)) == nil, "the erased name is still in the file or its WAL")
        #expect(bytes.range(of: Data("Кандидат 7".utf8)) != nil, "the others are kept")
        let list = try setup.run(["candidates", "list", "--format", "json"])
        #expect(list.status == 0 && !list.stdout.contains("Анна Петрова"), "\(list.stderr)")
    }
}
