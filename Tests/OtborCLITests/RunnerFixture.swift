import Foundation
@testable import OtborCLI
import OtborCore
import OtborStore
import OtborStoreSQLite
import OtborTestSupport

/// A fresh database with candidates, the shipped workspace content, and helpers to run the
/// interview runner through a scripted console.
final class RunnerFixture: @unchecked Sendable {
    /// The repository's content, loaded once for all tests.
    static let library: ContentLibrary = {
        // A workspace with errors would make every runner test meaningless: fail loudly.
        try! WorkspaceOptions.parse(["--workspace", OtborProcess.repository.path]).library(words: ConsoleWording(language: .en))
    }()

    private let temporary: TemporaryFolder
    let path: String
    let store: SQLiteStore
    let profile: JobProfile
    /// The candidates added, in order.
    private(set) var candidates: [Candidate] = []

    init(candidates names: [String] = ["Anna Petrova"]) throws {
        temporary = try TemporaryFolder("otbor-runner")
        path = temporary.file("campaign.sqlite").path
        store = try SQLiteStore(path: path)
        profile = Self.library.profile("senior-support-manager")!
        for name in names {
            candidates.append(try store.addCandidate(NewCandidate(name: name, consentDate: "2025-01-10"), actor: "test"))
        }
    }

    var folder: URL { temporary.url }

    static func guide(_ id: String) -> InterviewGuide { library.guide(id)! }

    /// The working-day guide and its task.
    static func workingDay() throws -> (guide: InterviewGuide, task: WorkingDayTask) {
        let guide = guide("working-day")
        guard case .workingDay(let task)? = guide.items.first?.content else { throw FixtureError.noWorkingDayItem }
        return (guide, task)
    }

    /// A fixture that does not hold what the tests expect of it.
    enum FixtureError: Error { case noWorkingDayItem }

    /// A session of `guide` for the first candidate (or `candidate`).
    func start(_ guide: InterviewGuide, candidate index: Int = 0, assessor: String = "hr1", groupRun: String? = nil) throws -> InterviewSession {
        try store.startSession(candidate: candidates[index].id, profile: profile, guide: guide, assessor: assessor, groupRun: groupRun)
    }

    /// Runs the runner over `sessions` with `input`, with a clock that advances one minute per reading,
    /// in English unless `language` says otherwise.
    func run(_ guide: InterviewGuide, sessions: [InterviewSession], input: [String], console: Console? = nil,
             language: ContentLanguage = .en) async throws -> (outcome: InterviewRunner.Outcome, console: ScriptedConsole) {
        let scripted = ScriptedConsole(input)
        let clock = TestClock()
        let participants = try sessions.map { session in
            let fresh = try store.session(session.id)
            let name = candidates.first { $0.id == (try? store.candidateID(of: fresh)) }?.name ?? "?"
            return InterviewRunner.Participant(session: fresh, candidate: name)
        }
        let wording = ConsoleWording(language: language, timeZone: TimeZone(identifier: "UTC")!)
        let runner = InterviewRunner(store: store, guide: guide, participants: participants, library: Self.library,
                                     console: console ?? scripted, wording: wording, clock: clock.now,
                                     commandOptions: " --database \(path)")
        return (try await runner.run(), scripted)
    }
}

/// A clock that moves one minute forward each time it is read.
final class TestClock: @unchecked Sendable {
    private var current = Date(timeIntervalSince1970: 1_750_000_000)

    func now() -> Date {
        defer { current += 60 }
        return current
    }
}

/// Counts occurrences of `needle` in `text`.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// The header lines (`━━ …`) of a transcript, in order.
func headers(_ transcript: String) -> [String] {
    transcript.split(separator: "\n").filter { $0.hasPrefix("━━ ") }.map { line in
        String(line.dropFirst(3).components(separatedBy: "   ⏱")[0])
    }
}
