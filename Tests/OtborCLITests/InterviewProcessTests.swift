import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// `otbor interview` as a process: killed mid-interview and resumed, and several at once.
@Suite("Interview processes")
struct InterviewProcessTests {
    static let ratings = [4, 3, 5, 2, 1, 4, 3]

    func startArguments(_ fixture: RunnerFixture, candidate: Int = 0, assessor: String = "hr1") -> [String] {
        ["interview", "start", "--candidate", fixture.candidates[candidate].id.description, "--profile", "senior-support-manager",
         "--stage", "manager-interview", "--assessor", assessor, "--database", fixture.path,
         "--workspace", OtborProcess.repository.path, "--lang", "en"]
    }

    @Test("kill -9 mid-interview loses no answer given, and resume continues at the next item")
    func killAndResume() throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("manager-interview")
        let running = try RunningOtbor(startArguments(fixture))
        let id = try #require(running.sessionID())
        #expect(running.stdout.hasPrefix("session \(id): Anna Petrova · manager-interview (Hiring-manager interview) · hr1"))
        for index in 0..<4 {
            running.send([String(Self.ratings[index]), "note \(index)"])
            let saved = try RunningOtbor.wait { try fixture.store.answers(session: id).ratings.count == index + 1 }
            #expect(saved, "answer \(index + 1) never reached the database")
        }
        running.kill()
        #expect(running.process.terminationReason == .uncaughtSignal)

        let steps = guide.steps
        let afterKill = try fixture.store.answers(session: id)
        #expect(afterKill.ratings.count == 4)
        for index in 0..<4 { #expect(afterKill.ratings[steps[index].key] == .some(Self.ratings[index])) }
        let notes = try fixture.store.notes(session: id)
        for index in 0..<4 { #expect(notes[steps[index].key] == "note \(index)") }
        #expect(try fixture.store.session(id).status == .open)

        var input: [String] = []
        for index in 4..<7 { input += [String(Self.ratings[index]), "late note \(index)"] }
        input += ["y"]
        let resumed = try RunningOtbor.run(["interview", "resume", id.description, "--database", fixture.path,
                                            "--workspace", OtborProcess.repository.path, "--lang", "en"], input: input)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.hasPrefix("session \(id): resuming manager-interview"))
        #expect(resumed.stdout.contains("Resuming: 4 of 7 answered"))
        #expect(resumed.stdout.contains("━━ 5/7 · task-setting-and-control"))
        #expect(resumed.stdout.contains("Tell us how you assigned an important task with a deadline to a subordinate"))
        #expect(!resumed.stdout.contains("━━ 4/7"))
        #expect(!resumed.stdout.contains("━━ 1/7"))
        #expect(resumed.stdout.contains("Submitted session \(id)"))
        let final = try fixture.store.answers(session: id)
        let expected = Dictionary(uniqueKeysWithValues: zip(steps.map(\.key), Self.ratings.map { Optional($0) }))
        #expect(final.ratings == expected)
        #expect(try fixture.store.notes(session: id)[steps[6].key] == "late note 6")
        #expect(try fixture.store.session(id).status == .submitted)
    }

    @Test("four interviews at once into one database: all finish, nothing locked, every rating stored")
    func fourAtOnce() throws {
        let fixture = try RunnerFixture(candidates: ["Anna", "Boris", "Vera", "Gleb"])
        var input: [String] = []
        for (index, rating) in Self.ratings.enumerated() { input += [String(rating), "evidence \(index)"] }
        input += ["y"]
        let processes = try (0..<4).map { try RunningOtbor(startArguments(fixture, candidate: $0, assessor: "assessor-\($0)")) }
        for process in processes {
            process.send(input)
            process.closeInput()
        }
        let outputs = processes.map { $0.waitForExit() }
        for output in outputs {
            #expect(output.status == 0, "\(output.stderr)")
            #expect(!output.stderr.lowercased().contains("locked"))
            #expect(output.stdout.contains("Submitted session"))
        }
        let sessions = try fixture.store.sessions()
        #expect(sessions.count == 4)
        #expect(sessions.allSatisfy { $0.status == .submitted })
        let rows = try sessions.reduce(0) { $0 + (try fixture.store.answers(session: $1.id).ratings.count) }
        #expect(rows == 4 * Self.ratings.count)
        for session in sessions {
            #expect(try fixture.store.answers(session: session.id).ratings.values.compactMap { $0 }.sorted() == Self.ratings.sorted())
        }
        #expect(try fixture.store.evidence(profile: "senior-support-manager").count == 4)
    }
}
