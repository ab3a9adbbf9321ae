import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// Eight `otbor` processes writing one database at once, each running several commands in a row:
/// three assessors' group runs and an import of scoresheets on the same five candidates and
/// stage (the same applications, created by whichever process comes first), and four interviews
/// of four other candidates. SQLite serialises the writers; nobody may see "locked" or "busy",
/// and the database must hold exactly what was sent, with exactly one audit line per write.
@Suite("Concurrency", .serialized)
struct ConcurrencyTests {
    /// Outputs collected from the worker threads.
    final class Outputs: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [(job: ContentionPlan.Job, output: OtborProcess.Output)] = []

        func append(_ job: ContentionPlan.Job, _ output: OtborProcess.Output) {
            lock.withLock { items.append((job, output)) }
        }

        var all: [(job: ContentionPlan.Job, output: OtborProcess.Output)] { lock.withLock { items } }
    }

    @Test("eight otbor processes at once (group runs and an import on the same candidates, interviews of others): all exit 0, no rating lost or doubled, one audit line per write")
    func eightAtOnce() throws {
        let (seed, origin) = FuzzSeed.value
        let plan = ContentionPlan(seed: seed, steps: { RunnerFixture.guide($0).steps.count },
                                  flags: { RunnerFixture.guide($0).redFlags.count })
        let names = (0..<(ContentionPlan.group.count + 4)).map { "Участник \($0) Concurrency" }
        let fixture = try RunnerFixture(candidates: names)
        let ids = fixture.candidates.map { $0.id }
        print("Concurrency, seed \(seed) (\(origin)): \(ContentionPlan.workers) workers × \(ContentionPlan.rounds) rounds, "
            + "\(plan.allJobs.count) processes")
        let outputs = Outputs()
        let finished = DispatchGroup()
        for jobs in plan.jobs {
            finished.enter()
            // A thread per worker: a dispatch queue might run fewer of them at once than there are workers.
            Thread {
                for job in jobs {
                    do {
                        outputs.append(job, try Self.run(job, ids: ids, fixture: fixture))
                    } catch {
                        outputs.append(job, OtborProcess.Output(status: -1, stdout: "", stderr: "\(error)"))
                    }
                }
                finished.leave()
            }.start()
        }
        finished.wait()

        let context = "seed \(seed)"
        for (job, output) in outputs.all {
            let who = "\(context), worker \(job.worker) round \(job.round) (\(job.kind.rawValue))"
            #expect(output.status == 0, "\(who): exit \(output.status)\n\(output.stderr)")
            for word in ["locked", "busy", "error"] {
                #expect(!output.stderr.lowercased().contains(word), "\(who): \(output.stderr)")
            }
            if job.kind != .groupImport { #expect(output.stdout.contains("Submitted session"), "\(who): \(output.stdout.suffix(300))") }
        }
        try checkDatabase(plan, ids: ids, fixture: fixture, context: context)
    }

    /// Runs one job as a process and returns what it printed.
    static func run(_ job: ContentionPlan.Job, ids: [CandidateID], fixture: RunnerFixture) throws -> OtborProcess.Output {
        // A generous wait: this suite checks that nothing is lost or doubled, not the default bound
        // (5 s, which a loaded two-core machine running eight writers can exceed; WaitBoundTests holds it).
        let common = ["--database", fixture.path, "--workspace", OtborProcess.repository.path, "--wait", "120"]
        let people = job.candidates.map { ids[$0].description }
        switch job.kind {
        case .groupRun:
            return try BatchOtbor.run(["group", "run", "--guide", job.guide, "--candidates", people.joined(separator: ","),
                                       "--assessor", job.assessor, "--profile", "senior-support-manager", "--lang", "en"] + common,
                                      input: ContentionPlan.input(job), scratch: fixture.folder)
        case .interview:
            return try BatchOtbor.run(["interview", "start", "--candidate", people[0], "--profile", "senior-support-manager",
                                       "--stage", job.guide, "--assessor", job.assessor, "--lang", "en"] + common,
                                      input: ContentionPlan.input(job), scratch: fixture.folder)
        case .groupImport:
            let guide = RunnerFixture.guide(job.guide)
            let sheet = fixture.folder.appendingPathComponent("sheet-\(job.worker)-\(job.round).yaml")
            try ContentionPlan.scoresheet(job, ids: ids, steps: guide.steps, flagIDs: guide.redFlags.map(\.id))
                .write(to: sheet, atomically: true, encoding: .utf8)
            return try BatchOtbor.run(["interview", "import", sheet.path, "--by", "importer"] + common, scratch: fixture.folder)
        }
    }

    /// Every session, rating, red flag and audit line against what the jobs sent.
    private func checkDatabase(_ plan: ContentionPlan, ids: [CandidateID], fixture: RunnerFixture, context: String) throws {
        let probe = try DatabaseProbe(path: fixture.path)
        #expect(try probe.integrityCheck() == "ok", "\(context)")
        let sessions = try probe.store.sessions()
        let expectedSessions = plan.allJobs.reduce(0) { $0 + $1.candidates.count }
        #expect(sessions.count == expectedSessions, "\(context): \(sessions.count) sessions, \(expectedSessions) sent")
        #expect(sessions.allSatisfy { $0.status == .submitted }, "\(context)")
        let owners = Dictionary(uniqueKeysWithValues: try sessions.map { ($0.id, try probe.store.candidateID(of: $0)) })
        let rows = Dictionary(grouping: try probe.ratingRows(), by: \.session)
        let audit = try probe.store.auditLog()
        var sent = 0, answered = 0, flagsSent = 0
        for job in plan.allJobs {
            let guide = RunnerFixture.guide(job.guide)
            for (position, candidate) in job.candidates.enumerated() {
                let who = "\(context), \(job.assessor) on candidate \(ids[candidate])"
                let matching = sessions.filter { $0.assessor == job.assessor && owners[$0.id] == ids[candidate] }
                guard matching.count == 1, let session = matching.first else {
                    Issue.record("\(who): \(matching.count) sessions instead of 1")
                    continue
                }
                let id = session.id
                let answers = job.answers[position]
                let expected = zip(guide.steps, answers).map {
                    DatabaseProbe.RatingRow(session: id, step: $0.key, score: $1.score, note: $1.note)
                }
                let stored = rows[id] ?? []
                #expect(stored.count == expected.count, "\(who): \(stored.count) rating rows for \(expected.count) sent")
                #expect(Set(stored.map(\.step)).count == stored.count, "\(who): a step is stored twice")
                #expect(Set(stored) == Set(expected), "\(who)")
                let flags = job.flags[position].map { guide.redFlags[$0 - 1].id }
                #expect(try probe.store.redFlags(session: id).map(\.flag) == flags.sorted(), "\(who)")
                let lines = audit.filter { $0.subject == "session:\(id)" }
                let values = zip(guide.steps, answers).map { "\($0.key) " + ($1.score.map { "rating \($0)" } ?? "not assessed") }
                if job.kind == .groupImport {
                    // An imported sheet is one line listing every answer.
                    let imported = lines.filter { $0.action.rawValue == "session.import" }.map { $0.detail.components(separatedBy: ": ").last ?? "" }
                    #expect(imported == [values.joined(separator: "; ")], "\(who): the import line differs from the answers")
                    #expect(!lines.contains { $0.action.rawValue == "answer.record" }, "\(who): an imported answer has a line of its own")
                } else {
                    let recorded = lines.filter { $0.action.rawValue == "answer.record" }.map(\.detail).sorted()
                    #expect(recorded == values.sorted(), "\(who): the audit's answer lines differ from the answers")
                }
                let start = job.kind == .groupImport ? "session.import" : "session.start"
                #expect(lines.filter { $0.action.rawValue == start }.count == 1 && lines.filter { $0.action.rawValue == "session.submit" }.count == 1, "\(who)")
                #expect(lines.filter { $0.action.rawValue == "red-flag.record" }.map(\.detail).sorted() == flags.sorted(), "\(who)")
                sent += answers.count
                if job.kind != .groupImport { answered += answers.count }
                flagsSent += flags.count
            }
        }
        #expect(rows.values.reduce(0) { $0 + $1.count } == sent, "\(context): rating rows in all")
        let imported = plan.allJobs.filter { $0.kind == .groupImport }.reduce(0) { $0 + $1.candidates.count }
        let counts = Dictionary(grouping: audit, by: \.action.rawValue).mapValues(\.count)
        let expectedCounts = ["candidate.add": ids.count, "session.start": expectedSessions - imported, "session.import": imported,
                              "answer.record": answered, "red-flag.record": flagsSent, "session.submit": expectedSessions]
        #expect(counts == expectedCounts.filter { $0.value > 0 }, "\(context): audit actions")
        #expect(audit.map(\.id) == Array(1...Int64(audit.count)), "\(context): audit ids are not 1…\(audit.count)")
        #expect(zip(audit, audit.dropFirst()).allSatisfy { $0.at <= $1.at }, "\(context): audit times go back")
    }
}
