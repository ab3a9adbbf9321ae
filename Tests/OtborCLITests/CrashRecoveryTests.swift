import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// `otbor interview start|resume` killed with SIGKILL at seeded random moments, again and again.
///
/// An answer is *acknowledged* once the runner has printed the header of the step after it (or
/// "All N steps are answered." after the last): the runner commits every answer before it shows the
/// next step, so an acknowledged answer must survive any kill. At most one more answer may be in
/// the database (committed, killed before its acknowledgement), and then exactly as typed.
@Suite("Crash recovery", .serialized)
struct CrashRecoveryTests {
    static let interviews = 6
    static let killsEach = 9

    @Test("SIGKILL at 54 seeded random moments of interview start/resume: no acknowledged answer lost, none duplicated, file sound, resume at the first unanswered item")
    func killedAtRandom() throws {
        let (seed, origin) = FuzzSeed.value
        let plan = CrashPlan(seed: seed, interviews: Self.interviews, kills: Self.killsEach) { RunnerFixture.guide($0).steps.count }
        print("Crash recovery, seed \(seed) (\(origin); set OTBOR_FUZZ_SEED to repeat)\n\(plan)")
        #expect(plan.killCount >= 50)
        let fixture = try RunnerFixture(candidates: (0..<Self.interviews).map { "Кандидат \($0) Crash" })
        var tally = Tally()
        for index in plan.interviews.indices {
            try run(plan.interviews[index], number: index, seed: seed, fixture: fixture, tally: &tally)
        }
        print("Crash recovery, seed \(seed): \(plan.killCount) kills; \(tally)")
    }

    /// Where the kills landed. Not asserted (that depends on timing); printed to show that kills do
    /// land between a commit and its acknowledgement, and before a sent answer is saved.
    struct Tally: CustomStringConvertible {
        var committedUnacknowledged = 0
        var sentUnsaved = 0
        var afterTheBatch = 0

        var description: String {
            "\(committedUnacknowledged) with an answer saved but not acknowledged, \(sentUnsaved) with a sent answer not saved, "
                + "\(afterTheBatch) after every sent answer was acknowledged"
        }
    }

    /// Runs one interview through its kills, then to the end, checking the database after each kill.
    private func run(_ interview: CrashPlan.Interview, number: Int, seed: UInt64, fixture: RunnerFixture, tally: inout Tally) throws {
        let steps = RunnerFixture.guide(interview.guide).steps
        #expect(steps.allSatisfy { if case .rating = $0.kind { true } else { false } })
        var session: SessionID?
        var answered = 0
        for (round, kill) in interview.kills.enumerated() {
            let context = "seed \(seed), interview #\(number) (\(interview.guide)), kill \(round + 1) [\(kill)]"
            let running = try RunningOtbor(arguments(interview, session: session, fixture: fixture))
            guard Self.waitForPrompt(running) else {
                running.kill()
                Issue.record("\(context): no prompt appeared; stdout:\n\(running.stdout)")
                return
            }
            if session == nil { session = running.sessionID() }
            let id = try #require(session, "\(context): no session id in \(running.stdout.prefix(200))")
            checkResumePoint(running.stdout, answered: answered, steps: steps, context: context)
            let batch = interview.answers[answered...].prefix(kill.batch)
            running.send(batch.flatMap(\.lines))
            switch kill.moment {
            case .afterAcknowledged(let count):
                let target = answered + min(count, batch.count)
                _ = Self.poll { Self.acknowledged(running.stdout, of: steps.count) >= target }
            case .afterSaved(let count):
                let target = answered + min(count, batch.count)
                _ = Self.poll { ((try? fixture.store.answers(session: id).ratings.count) ?? 0) >= target }
            case .afterDelay(let microseconds):
                usleep(UInt32(microseconds))
            }
            running.kill()
            #expect(running.process.terminationReason == .uncaughtSignal, "\(context): the process ended before the kill")
            let acknowledged = Self.acknowledged(running.stdout, of: steps.count)
            let before = answered
            answered = try checkAfterKill(session: id, acknowledged: acknowledged, before: before, sent: batch.count,
                                          interview: interview, steps: steps, fixture: fixture, context: context)
            if answered > acknowledged { tally.committedUnacknowledged += 1 }
            if answered < before + batch.count { tally.sentUnsaved += 1 } else if answered == acknowledged { tally.afterTheBatch += 1 }
        }
        let id = try #require(session)
        try finish(interview, session: id, answered: answered, steps: steps, fixture: fixture,
                   context: "seed \(seed), interview #\(number) (\(interview.guide)), final resume")
    }

    /// The database after a kill: sound, every acknowledged answer there as typed, at most one more;
    /// returns how many steps are answered now.
    private func checkAfterKill(session: SessionID, acknowledged: Int, before: Int, sent: Int, interview: CrashPlan.Interview,
                                steps: [InterviewStep], fixture: RunnerFixture, context: String) throws -> Int {
        let probe = try DatabaseProbe(path: fixture.path)
        #expect(try probe.integrityCheck() == "ok", "\(context)")
        let rows = try probe.ratingRows().filter { $0.session == session }
        let stored = rows.count
        #expect(stored >= max(acknowledged, before), "\(context): \(acknowledged) acknowledged, \(before) saved before, \(stored) in the database")
        #expect(stored <= min(acknowledged + 1, before + sent), "\(context): \(stored) answers stored, \(acknowledged) acknowledged, \(before + sent) sent")
        #expect(rows.map(\.step).sorted() == steps.prefix(stored).map(\.key).sorted(), "\(context): stored steps \(rows.map(\.step))")
        for row in rows {
            guard let index = steps.firstIndex(where: { $0.key == row.step }) else { continue }
            let answer = interview.answers[index]
            #expect(row.score == answer.score && row.note == answer.note,
                    "\(context): step \(row.step) holds \(row.score.map { String($0) } ?? "n") '\(row.note)', typed \(answer.lines)")
        }
        #expect(try probe.store.session(session).status != .submitted, "\(context)")
        return stored
    }

    /// The last sitting: resumes, answers the rest, submits; then every rating exactly once, as typed.
    private func finish(_ interview: CrashPlan.Interview, session id: SessionID, answered: Int, steps: [InterviewStep],
                        fixture: RunnerFixture, context: String) throws {
        let flags = RunnerFixture.guide(interview.guide).redFlags.isEmpty ? [] : ["-"]
        let input = interview.answers[answered...].flatMap(\.lines) + flags + ["y"]
        let output = try RunningOtbor.run(arguments(interview, session: id, fixture: fixture), input: input)
        #expect(output.status == 0, "\(context): \(output.stderr)")
        #expect(output.stdout.contains("Submitted session \(id)"), "\(context): \(output.stdout.suffix(300))")
        checkResumePoint(output.stdout, answered: answered, steps: steps, context: context)
        let probe = try DatabaseProbe(path: fixture.path)
        #expect(try probe.integrityCheck() == "ok", "\(context)")
        let rows = try probe.ratingRows().filter { $0.session == id }
        #expect(rows.count == steps.count, "\(context): \(rows.count) rating rows for \(steps.count) steps")
        let expected = zip(steps, interview.answers).map {
            DatabaseProbe.RatingRow(session: id, step: $0.key, score: $1.score, note: $1.note)
        }
        #expect(Set(rows) == Set(expected), "\(context)")
        #expect(try probe.store.session(id).status == .submitted, "\(context)")
        let actions = try probe.store.auditLog(subject: "session:\(id)").map(\.action.rawValue)
        #expect(actions.filter { $0 == "answer.record" }.count == steps.count, "\(context): each answer recorded exactly once")
        #expect(actions.filter { $0 == "session.resume" }.count == interview.kills.count, "\(context)")
        #expect(actions.filter { $0 == "session.start" }.count == 1 && actions.filter { $0 == "session.submit" }.count == 1, "\(context)")
    }

    /// A resumed sitting says how many steps are answered and shows the first unanswered one first.
    private func checkResumePoint(_ transcript: String, answered: Int, steps: [InterviewStep], context: String) {
        if answered > 0 {
            #expect(transcript.contains("Resuming: \(answered) of \(steps.count) answered"), "\(context): \(transcript.prefix(400))")
        }
        let first = transcript.split(separator: "\n").first { $0.hasPrefix("━━ ") }
        if answered < steps.count {
            let header = "━━ \(answered + 1)/\(steps.count) · \(steps[answered].key)"
            #expect(first?.hasPrefix(header) == true, "\(context): first header \(first ?? "none"), expected \(header)")
        } else {
            #expect(first == nil, "\(context): every step was answered, yet \(first ?? "") was shown")
        }
    }

    private func arguments(_ interview: CrashPlan.Interview, session: SessionID?, fixture: RunnerFixture) -> [String] {
        let common = ["--database", fixture.path, "--workspace", OtborProcess.repository.path, "--lang", "en"]
        guard let session else {
            return ["interview", "start", "--candidate", fixture.candidates[interview.candidate].id.description,
                    "--profile", "senior-support-manager", "--stage", interview.guide, "--assessor", interview.assessor] + common
        }
        return ["interview", "resume", session.description] + common
    }

    /// How many answers the transcript of one sitting acknowledges: the highest complete step
    /// header shown, less one, or every step once "All N steps are answered." is shown.
    static func acknowledged(_ transcript: String, of count: Int) -> Int {
        if transcript.contains("All \(count) steps are answered.") { return count }
        let shown = transcript.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("━━ "), let slash = line.range(of: "/\(count) · ") else { return nil }
            return Int(line[line.index(line.startIndex, offsetBy: 3)..<slash.lowerBound])
        }
        return max(0, (shown.max() ?? 1) - 1)
    }

    /// Waits for the sitting's first prompt: a rating, or the red flags or submit question.
    static func waitForPrompt(_ running: RunningOtbor) -> Bool {
        poll(timeout: 60) {
            let text = running.stdout
            return text.contains("rating [1-5") || text.contains("red flags [") || text.contains("Submit session")
        }
    }

    /// Polls `condition` every half millisecond, so a kill follows the awaited output closely.
    static func poll(timeout: TimeInterval = 30, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(500)
        }
        return condition()
    }
}
