import Foundation
import OtborCore
import OtborTestSupport
import Testing

/// Files with personal data that nothing would remove: unfinished exports and reports of an
/// interrupted run, reports of erased candidates.
@Suite("Leftover files")
struct LeftoverFilesTests {
    /// A PID no process can have (above any `pid_max`).
    static let deadPID = "999999999"

    /// Two rated candidates, and a scratch folder for output.
    final class Setup: Sendable {
        let fixture: CampaignFixture
        let scratch: TemporaryFolder

        init() throws {
            fixture = try CampaignFixture()
            scratch = try TemporaryFolder("otbor-leftover")
            for name in ["Анна Петрова", "Борис Смирнов"] {
                let id = try fixture.addCandidate(name)
                try fixture.rate(id, guide: "manager-interview", assessor: "Ирина") { _ in 4 }
            }
        }

        func files(_ folder: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        }
    }

    @Test("SIGTERM or SIGINT during export --out removes the unfinished file", arguments: [SIGTERM, SIGINT])
    func interruptedExport(_ signalNumber: Int32) throws {
        let setup = try Setup()
        // Enough candidates with long notes that the export takes a while.
        try setup.fixture.addBulkCandidates(3_000, notes: 9)
        let out = setup.scratch.file("export.json").path
        let process = Process()
        process.executableURL = OtborProcess.executable
        process.arguments = ["export", "--format", "json", "--out", out, "--database", setup.fixture.path,
                             "--workspace", OtborProcess.repository.path]
        process.environment = OtborProcess.environment()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let temporary = ".export.json.\(process.processIdentifier).tmp"
        let started = RunningOtbor.wait(timeout: 60) { (try? setup.files(setup.scratch.path))?.contains(temporary) == true || !process.isRunning }
        try #require(started && process.isRunning, "the export ended before it could be interrupted")
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        let left = try setup.files(setup.scratch.path)
        if process.terminationReason == .uncaughtSignal {
            #expect(process.terminationStatus == signalNumber)
            #expect(left.isEmpty)
        } else {
            // On a loaded machine the handler's thread may run only after the export has finished
            // and been renamed into place: then the file is whole, and nothing unfinished is left.
            #expect(process.terminationStatus == 0, "ended with \(process.terminationReason) \(process.terminationStatus)")
            #expect(left == ["export.json"])
        }
    }

    @Test("a later run removes the unfinished files dead processes left, and leaves those of live processes and of other programs")
    func staleSwept() throws {
        let setup = try Setup()
        let own = String(ProcessInfo.processInfo.processIdentifier)
        let exports = setup.scratch.file("exports").path, reports = setup.scratch.file("reports").path
        let planted = [(exports, ".export.csv.\(Self.deadPID).tmp"), (exports, ".export.csv.\(own).tmp"),
                       (exports, ".notes.txt.\(Self.deadPID).tmp"), (reports, ".candidate-1.html.\(Self.deadPID).tmp"),
                       (reports, ".index.html.\(Self.deadPID).tmp"), (reports, ".index.html.\(own).tmp")]
        for (folder, name) in planted {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data("Анна Петрова".utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        let export = try setup.fixture.run(["export", "--format", "csv", "--out", exports + "/export.csv"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("removed \(exports)/.export.csv.\(Self.deadPID).tmp: an unfinished file"), "\(export.stderr)")
        #expect(try setup.files(exports) == [".export.csv.\(own).tmp", ".notes.txt.\(Self.deadPID).tmp", "export.csv"])
        let report = try setup.fixture.run(["report", "all", "--out", reports])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try setup.files(reports).filter { $0.hasPrefix(".") } == [".index.html.\(own).tmp"])
        #expect(report.stderr.contains("removed \(reports)/.candidate-1.html.\(Self.deadPID).tmp"), "\(report.stderr)")
    }

    @Test("report all removes the reports of candidates no longer in the database")
    func erasedReportsRemoved() async throws {
        let setup = try Setup()
        let reports = setup.scratch.file("reports").path
        #expect(try setup.fixture.run(["report", "all", "--out", reports]).status == 0)
        #expect(try setup.files(reports).contains("candidate-1.html"))
        try Data("%PDF".utf8).write(to: URL(fileURLWithPath: reports + "/candidate-1.pdf"))
        try setup.fixture.store.eraseCandidate(CandidateID(Int64(1)), actor: "hr", reason: "request")
        let again = try setup.fixture.run(["report", "all", "--out", reports])
        #expect(again.status == 0, "\(again.stderr)")
        let files = try setup.files(reports)
        #expect(!files.contains("candidate-1.html") && !files.contains("candidate-1.pdf") && files.contains("candidate-2.html"), "\(files)")
        #expect(again.stderr.contains("removed \(reports)/candidate-1.html: that candidate is no longer in the database"), "\(again.stderr)")
        for file in files where file.hasSuffix(".html") {
            let text = try String(contentsOfFile: reports + "/" + file, encoding: .utf8)
            #expect(!text.contains("Анна Петрова"), "\(file) still names the erased candidate")
        }
    }

    @Test("candidates erase lists the reports in the workspace's Reports/out that name the person, and removes them with --remove-reports")
    func eraseFindsReports() throws {
        let setup = try Setup()
        let workspace = setup.scratch.file("workspace")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        for part in ["Profiles", "Interviews"] {
            try FileManager.default.createSymbolicLink(at: workspace.appendingPathComponent(part),
                                                       withDestinationURL: OtborProcess.repository.appendingPathComponent(part))
        }
        func run(_ arguments: [String]) throws -> OtborProcess.Output {
            try OtborProcess.run(arguments + ["--database", setup.fixture.path, "--workspace", workspace.path, "--lang", "en"])
        }
        let folder = workspace.appendingPathComponent("Reports/out").path
        #expect(try run(["report", "all"]).status == 0)
        let all = try setup.files(folder)
        #expect(all.contains("candidate-1.html") && all.contains("candidate-2.html") && all.contains("index.html"), "\(all)")

        let listed = try run(["candidates", "erase", "1", "--yes"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let naming = ["candidate-1.html", "compare-senior-support-manager.html", "index.html"]
        #expect(listed.stderr.contains("\(naming.count) files in \(folder) still name the erased candidate"), "\(listed.stderr)")
        for name in naming { #expect(listed.stderr.contains("  \(folder)/\(name)\n"), "\(name): \(listed.stderr)") }
        #expect(!listed.stderr.contains("candidate-2.html"), "\(listed.stderr)")
        #expect(try setup.files(folder) == all)

        let removed = try run(["candidates", "erase", "2", "--yes", "--remove-reports"])
        #expect(removed.status == 0, "\(removed.stderr)")
        let left = try setup.files(folder)
        #expect(!left.contains("candidate-2.html") && !left.contains("index.html") && left.contains("candidate-1.html"), "\(left)")
        #expect(removed.stderr.contains("removed \(folder)/candidate-2.html"), "\(removed.stderr)")
    }
}
