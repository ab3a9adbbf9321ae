import Foundation
import OtborTestSupport
import Testing

/// Another process holds the campaign database's write lock: a command that writes waits a
/// bounded time, says what it waits for and then fails naming the database and the remedy; a
/// command that only reads does not wait at all.
@Suite("Bounded waits")
struct WaitBoundTests {
    /// A campaign with one rated candidate, and a scratch folder for the commands' output.
    final class Setup: Sendable {
        let fixture: CampaignFixture
        let scratch: TemporaryFolder

        init() throws {
            fixture = try CampaignFixture()
            scratch = try TemporaryFolder("otbor-wait")
            let anna = try fixture.addCandidate("Анна Петрова")
            try fixture.rate(anna, guide: "manager-interview", assessor: "Ирина") { _ in 4 }
        }

        /// Runs `otbor arguments` on the campaign in English; killed after `timeout` seconds.
        func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 60) throws
            -> (output: OtborProcess.Output, seconds: TimeInterval) {
            let start = Date()
            let output = try BatchOtbor.run(arguments + ["--database", fixture.path, "--workspace", OtborProcess.repository.path,
                                                         "--lang", "en"],
                                            scratch: scratch.url, environment: environment, timeout: timeout)
            return (output, Date().timeIntervalSince(start))
        }
    }

    /// How a wait is chosen, and the seconds the command may take at most with it (generous, for a loaded machine).
    struct Limit: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var environment: [String: String]
        var seconds: String
        var atLeast: TimeInterval
        var atMost: TimeInterval

        var testDescription: String { name }
    }

    static let limits: [Limit] = [
        Limit(name: "--wait 2", arguments: ["--wait", "2"], environment: [:], seconds: "2", atLeast: 1.5, atMost: 20),
        Limit(name: "OTBOR_WAIT=1.5", arguments: [], environment: ["OTBOR_WAIT": "1.5"], seconds: "1.5", atLeast: 1, atMost: 20),
        Limit(name: "--wait 2 over OTBOR_WAIT=600", arguments: ["--wait", "2"], environment: ["OTBOR_WAIT": "600"], seconds: "2",
              atLeast: 1.5, atMost: 20),
        Limit(name: "the default, 5 seconds", arguments: [], environment: [:], seconds: "5", atLeast: 4.5, atMost: 30),
    ]

    @Test("a writing command waits a bounded time for another process's write lock, says so after a second, then names the database and the remedy",
          arguments: limits)
    func boundedWait(_ limit: Limit) throws {
        let setup = try Setup()
        let holder = try LockHolder(path: setup.fixture.path)
        defer { try? holder.release() }
        let (output, seconds) = try setup.run(["candidates", "add", "Борис Смирнов", "--consent-date", "2025-01-10"] + limit.arguments,
                                              environment: limit.environment)
        #expect(output.status == 1, "exit \(output.status) after \(seconds) s: \(output.stderr)")
        #expect(seconds >= limit.atLeast && seconds <= limit.atMost, "took \(seconds) s")
        let path = setup.fixture.path
        #expect(output.stderr.contains("waiting for another otbor process that is writing to \(path)"), "\(output.stderr)")
        #expect(output.stderr.contains("error: the database \(path) is locked by another process"), "\(output.stderr)")
        #expect(output.stderr.contains("gave up after \(limit.seconds) s") && output.stderr.contains("--wait SECONDS")
                    && output.stderr.contains("fuser \(path)"), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
    }

    @Test("--wait 0 gives up at once, without a note about waiting")
    func noWait() throws {
        let setup = try Setup()
        let holder = try LockHolder(path: setup.fixture.path)
        defer { try? holder.release() }
        let (output, seconds) = try setup.run(["decide", "--candidate", "1", "--decision", "hire", "--reason", "fits",
                                               "--wait", "0"])
        #expect(output.status == 1 && seconds < 15, "exit \(output.status) after \(seconds) s: \(output.stderr)")
        #expect(output.stderr.contains("is locked by another process") && !output.stderr.contains("waiting for"), "\(output.stderr)")
    }

    @Test("a wait that is not a number of seconds is refused before anything is opened", arguments: [
        (["--wait", "soon"], [String: String](), "--wait must be a number of seconds"),
        (["--wait=-1"], [:], "--wait must be a number of seconds"),
        ([], ["OTBOR_WAIT": "1e9"], "OTBOR_WAIT must be a number of seconds"),
    ])
    func badWait(_ arguments: [String], _ environment: [String: String], _ message: String) throws {
        let setup = try Setup()
        let (output, _) = try setup.run(["candidates", "list"] + arguments, environment: environment)
        #expect(output.status == 2 && output.stderr.contains(message), "exit \(output.status): \(output.stderr)")
    }

    /// Commands that only read the database.
    static func readers(out: String) -> [[String]] {
        [["candidates", "list"], ["candidates", "show", "1"], ["score", "--candidate", "1"], ["compare"], ["raters"],
         ["fairness", "--stage", "manager-interview"], ["consensus", "--candidate", "1"], ["interview", "list"], ["export", "--format", "json"],
         ["export", "--format", "csv", "--out", out + "/export.csv"], ["retention", "--today", "2026-12-01"],
         ["report", "all", "--out", out], ["users", "list"]]
    }

    @Test("commands that only read run while another process holds the write lock, without waiting")
    func readersDoNotWait() throws {
        let setup = try Setup()
        let holder = try LockHolder(path: setup.fixture.path)
        defer { try? holder.release() }
        for command in Self.readers(out: setup.scratch.path) {
            let (output, seconds) = try setup.run(command + ["--wait", "30"], timeout: 25)
            let what = command.prefix(2).joined(separator: " ")
            #expect(output.status == 0, "\(what): exit \(output.status) after \(seconds) s: \(output.stderr)")
            #expect(!output.stderr.contains("waiting for"), "\(what): \(output.stderr)")
            #expect(seconds < 15, "\(what) took \(seconds) s")
        }
    }
}
