import Foundation
import OtborCore

/// What eight `otbor` processes send at once, drawn from one seed: workers 0–2 score the same
/// group exercise of the same five candidates with `otbor group run`, worker 3 imports scoresheets
/// of that exercise for them, and workers 4–7 interview one other candidate each. Every round has
/// a new assessor, since an assessor scores a candidate once per guide.
struct ContentionPlan {
    enum Kind: String {
        case groupRun = "group run", groupImport = "import", interview
    }

    /// One process: what it runs, the answers it gives and the red flags it ticks.
    struct Job {
        var worker: Int
        var round: Int
        var kind: Kind
        var guide: String
        var assessor: String
        /// Indices into the fixture's candidates.
        var candidates: [Int]
        /// The answers per candidate (in `candidates` order), in step order.
        var answers: [[CrashPlan.Answer]]
        /// The 1-based numbers of the guide's red flags ticked, per candidate.
        var flags: [[Int]]
    }

    static let workers = 8
    static let rounds = 4
    static let group = Array(0..<5)
    static let groupGuide = "group-exercise"
    static let interviewGuide = "manager-interview"  // without alternatives: every step is answered in order

    let seed: UInt64
    /// Per worker, its jobs in order.
    let jobs: [[Job]]

    /// `steps` and `flags` give a guide's step and red-flag counts.
    init(seed: UInt64, steps: (String) -> Int, flags: (String) -> Int) {
        self.seed = seed
        var random = SplitMix64(seed: seed ^ 0xC0_4C_42_E4)
        jobs = (0..<Self.workers).map { worker in
            (0..<Self.rounds).map { round in
                let kind: Kind = worker < 3 ? .groupRun : worker == 3 ? .groupImport : .interview
                let guide = kind == .interview ? Self.interviewGuide : Self.groupGuide
                let candidates = kind == .interview ? [Self.group.count + worker - 4] : Self.group
                let answers = candidates.map { candidate in
                    (0..<steps(guide)).map { step in
                        CrashPlan.Answer(score: random.chance(0.1) ? nil : random.int(in: 1...5),
                                         note: random.chance(0.25) ? "" : "w\(worker)r\(round)c\(candidate)s\(step) наблюдение \(random.int(in: 100...999))")
                    }
                }
                let ticked = candidates.map { _ in (0..<flags(guide)).map { $0 + 1 }.filter { _ in random.chance(0.3) } }
                return Job(worker: worker, round: round, kind: kind, guide: guide, assessor: "\(kind == .interview ? "solo" : "panel")-w\(worker)-r\(round)",
                           candidates: candidates, answers: answers, flags: ticked)
            }
        }
    }

    var allJobs: [Job] { jobs.flatMap { $0 } }

    /// The lines typed into the runner: criteria × candidates, then each candidate's red flags, then y.
    static func input(_ job: Job) -> [String] {
        let steps = job.answers[0].indices
        let answers = steps.flatMap { step in job.answers.indices.flatMap { job.answers[$0][step].lines } }
        let flags = job.flags.map { $0.isEmpty ? "-" : $0.map(String.init).joined(separator: " ") }
        return answers + flags + ["y"]
    }

    /// The scoresheet of an import job, candidates by id.
    static func scoresheet(_ job: Job, ids: [CandidateID], steps: [InterviewStep], flagIDs: [String]) -> String {
        var lines = ["profile: senior-support-manager", "guide: \(job.guide)", "assessor: \(job.assessor)",
                     "conducted: 2026-11-20", "sheets:"]
        for (position, candidate) in job.candidates.enumerated() {
            lines += ["  - candidate: \(ids[candidate])", "    answers:"]
            for (step, answer) in zip(steps, job.answers[position]) {
                let rating = answer.score.map(String.init) ?? "n"
                lines.append("      \(step.key): " + (answer.note.isEmpty ? rating : "{rating: \(rating), note: \"\(answer.note)\"}"))
            }
            if !job.flags[position].isEmpty {
                lines.append("    red-flags:")
                lines += job.flags[position].map { "      - {id: \(flagIDs[$0 - 1]), note: \"flag w\(job.worker)r\(job.round)\"}" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
