import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// The interview, group and DISC commands as a user runs them.
@Suite("Interview commands")
struct InterviewCommandTests {
    let workspace = ["--workspace", OtborProcess.repository.path, "--lang", "en"]

    @Test("every new command has --help with a discussion, --database and --workspace", arguments: [
        ["interview", "start"], ["interview", "resume"], ["interview", "submit"], ["interview", "list"],
        ["group", "run"], ["disc", "take"], ["disc", "import"],
    ])
    func help(command: [String]) throws {
        let output = try OtborProcess.run(command + ["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("OVERVIEW:"))
        #expect(output.stdout.contains("--database <file-or-url>"))
        #expect(output.stdout.contains("--workspace <dir>"))
        let overview = output.stdout.components(separatedBy: "USAGE:")[0]
        #expect(overview.split(separator: "\n").count >= 3, "no discussion in: \(overview)")
    }

    @Test("usage errors say what was wrong and what is accepted, with exit 2")
    func usageErrors() throws {
        let fixture = try RunnerFixture()
        let database = ["--database", fixture.path]
        let cases: [([String], String)] = [
            (["interview", "start", "--candidate", "1", "--profile", "senior-support-manager", "--stage", "nope", "--assessor", "a"],
             "unknown guide 'nope'; known guides:"),
            (["interview", "start", "--candidate", "1", "--profile", "senior-support-manager", "--stage", "manager-interview", "--assessor", " "],
             "--assessor is empty"),
            (["interview", "resume", "abc"], "'abc'"),
            (["group", "run", "--guide", "group-exercise", "--candidates", "1", "--assessor", "a"], "at least two candidates"),
            (["group", "run", "--guide", "group-exercise", "--candidates", "1,2,1", "--assessor", "a"], "more than once"),
            (["disc", "import", "--candidate", "1", "--d", "5", "--i", "1", "--s", "-2", "--c", "-3"],
             "add up to 1, but a Graph III composite sums to 0"),
            (["disc", "import", "--candidate", "1", "--d", "30", "--i", "-10", "--s", "-10", "--c", "-10"],
             "D = 30 lies outside ±24"),
        ]
        for (arguments, message) in cases {
            let output = try OtborProcess.run(arguments + database + workspace)
            #expect(output.status == 2, "\(arguments): \(output.stderr)")
            #expect(output.stderr.contains(message), "\(arguments): \(output.stderr)")
        }
        let unknown = try OtborProcess.run(["interview", "resume", "99"] + database + workspace)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("error: no session 99; `otbor interview list` shows the sessions"))
    }

    @Test("list shows progress without ratings; submit refuses unanswered items, then locks")
    func listAndSubmit() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("manager-interview")
        let session = try fixture.start(guide)
        _ = try await fixture.run(guide, sessions: [session], input: ["4", "", "5", "", "q"])
        let database = ["--database", fixture.path]
        let list = try OtborProcess.run(["interview", "list", "--format", "json"] + database + workspace)
        #expect(list.status == 0)
        let rows = try #require(try list.json() as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["answered"] as? Int == 2)
        #expect(rows.first?["steps"] as? Int == 7)
        #expect(rows.first?["status"] as? String == "paused")
        #expect((rows.first?["candidate"] as? [String: Any])?["name"] as? String == "Anna Petrova")
        #expect(!list.stdout.contains("\"score\""))
        let text = try OtborProcess.run(["interview", "list", "--candidate", "Anna Petrova"] + database + workspace)
        #expect(text.stdout.contains("2/7"))

        let refused = try OtborProcess.run(["interview", "submit", session.id.description] + database + workspace)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("has 5 items unanswered: team-members-in-conflict"))
        let forced = try OtborProcess.run(["interview", "submit", session.id.description, "--allow-unanswered"] + database + workspace)
        #expect(forced.status == 0)
        #expect(try fixture.store.session(session.id).status == .submitted)
        let again = try OtborProcess.run(["interview", "resume", session.id.description] + database + workspace)
        #expect(again.status == 1)
        #expect(again.stderr.contains("is submitted and locked"))
    }

    @Test("group run opens one session per candidate with one group-run id and scores them from a pipe")
    func groupRunCommand() throws {
        let fixture = try RunnerFixture(candidates: ["Anna", "Boris", "Vera"])
        let guide = RunnerFixture.guide("group-exercise")
        let ids = fixture.candidates.map { $0.id.description }.joined(separator: ",")
        var input: [String] = []
        for _ in guide.steps { input += ["4", "", "3", "", "5", ""] }
        input += ["-", "-", "-", "y"]
        let output = try RunningOtbor.run(["group", "run", "--guide", "group-exercise", "--candidates", ids, "--assessor", "observer",
                                           "--database", fixture.path] + workspace, input: input)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("group run group-exercise-"))
        let sessions = try fixture.store.sessions()
        #expect(sessions.count == 3)
        #expect(Set(sessions.map(\.groupRun)).count == 1)
        #expect(sessions.allSatisfy { $0.status == .submitted })
        let first = try sessions.map { try fixture.store.answers(session: $0.id).ratings[guide.steps[0].key] }
        #expect(first == [4, 3, 5])
    }

    @Test("disc take from a pipe saves answers and result; a second take needs --replace; import stores Graph III")
    func discCommands() throws {
        let fixture = try RunnerFixture()
        let inventory = try #require(RunnerFixture.library.disc)
        var input: [String] = []
        var expected: [DISCAnswers.Answer] = []
        for (index, group) in inventory.groups.enumerated() {
            let most = index % 4, least = (index + 1) % 4
            if index == 0 { input += [String(most + 1), String(most + 1)] } // least = most is refused
            else { input.append(String(most + 1)) }
            input.append(String(least + 1))
            expected.append(.init(group: group.id, most: group.options[most].factor, least: group.options[least].factor))
        }
        let id = fixture.candidates[0].id.description
        let database = ["--database", fixture.path]
        let taken = try RunningOtbor.run(["disc", "take", "--candidate", id] + database + workspace, input: input)
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(taken.stdout.contains("is already your \"most like you\""))
        let result = try DISCResult(scoring: DISCAnswers(expected), inventory: inventory)
        let stored = try #require(try fixture.store.discResult(candidate: fixture.candidates[0].id))
        #expect(stored.source == .inventory)
        #expect(stored.composite == result.composite)
        #expect(stored.most == result.most && stored.least == result.least)
        #expect(stored.groupCount == inventory.groups.count)
        #expect(try fixture.store.discAnswers(candidate: fixture.candidates[0].id).map(\.most) == expected.map(\.most))
        #expect(taken.stdout.contains("style \(result.styleCode())"))

        let again = try OtborProcess.run(["disc", "import", "--candidate", id, "--d", "6", "--i", "-2", "--s", "3", "--c", "-7"]
            + database + workspace)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already has a DISC result"))
        let imported = try OtborProcess.run(["disc", "import", "--candidate", id, "--d", "6", "--i", "-2", "--s", "3", "--c", "-7",
                                             "--replace"] + database + workspace)
        #expect(imported.status == 0, "\(imported.stderr)")
        let replaced = try #require(try fixture.store.discResult(candidate: fixture.candidates[0].id))
        #expect(replaced.source == .import)
        #expect(replaced.composite == DISCFactorValues(d: 6, i: -2, s: 3, c: -7))
        #expect(replaced.groupCount == 24)
        #expect(replaced.most == nil && replaced.least == nil)
        #expect(try fixture.store.discAnswers(candidate: fixture.candidates[0].id).isEmpty)
    }
}
