import Foundation
import OtborCore
import OtborServices
import OtborStore

/// The live part of the HTTP section: the assessors' sessions belong to group sittings, `boards`
/// connections follow the sittings' event streams while the assessors save and then submit, and
/// every submit × board showing it is timed from the start of the submit request to the arrival of
/// the first event on that board that shows the session submitted.
extension HTTPBench {
    /// A group sitting of the bench: its id and its sessions.
    struct Group: Sendable {
        var id: String
        var sessions: Set<Int64>
    }

    /// Observers per sitting (at least; the remainder is spread): half as many candidates, each
    /// watched by two observers or three.
    static let observersPerSitting = 10
    /// How long the boards may take, after the last submit, to show every submit.
    static let boardTimeoutSeconds = 30.0

    /// The assessors (by index) of each sitting: `assessors / observersPerSitting` sittings (at
    /// least one), assessor `i` in sitting `i % sittings`.
    static func sittingPlan(assessors: Int) -> [[Int]] {
        let count = max(1, assessors / observersPerSitting)
        return (0..<count).map { sitting in Array(stride(from: sitting, to: assessors, by: count)) }
    }

    /// Sets up the sittings through ``GroupSittingDesk`` (as `POST /api/v1/group-sittings` does) for
    /// assessors who already have accounts: in each sitting observer `k` of `n` watches candidate
    /// `k % (n / 2)`. Returns each assessor's session (by index) and the sittings.
    func openSittings(_ ids: [CandidateID], logins: [LoginName], profile: String, guide: String,
                      store: any CampaignStore) async throws -> (sessions: [SessionID], groups: [Group]) {
        let desk = GroupSittingDesk(store: store, library: library)
        var sessions = [SessionID?](repeating: nil, count: logins.count)
        var groups: [Group] = []
        var next = 0
        for members in Self.sittingPlan(assessors: logins.count) {
            let candidates = Array(ids[next..<(next + members.count / 2)])
            next += candidates.count
            var observers: [String: [CandidateID]] = [:]
            for (k, member) in members.enumerated() { observers[logins[member].rawValue] = [candidates[k % candidates.count]] }
            let opened = try await desk.open(guide: guide, profile: profile, assignment: GroupAssignment(candidates: candidates, observers: observers),
                                             actor: "otbor bench")
            for entry in opened.sessions {
                guard let member = members.first(where: { logins[$0].rawValue == entry.session.assessor }) else {
                    throw BenchError("sitting \(opened.id) opened a session for \(entry.session.assessor), who is not of it")
                }
                sessions[member] = entry.session.id
            }
            groups.append(Group(id: opened.id, sessions: Set(opened.sessions.map(\.session.id.rawValue))))
        }
        return (try sessions.enumerated().map { index, session in
            guard let session else { throw BenchError("assessor \(index + 1) has no session in any sitting") }
            return session
        }, groups)
    }

    /// Opens `boards` board connections (board `b` follows sitting `b % groups.count`) as `token`,
    /// waits for each board's first event, runs `load`, then waits for the boards to show every
    /// submit (up to ``boardTimeoutSeconds``) and counts what they showed against the submits of
    /// `load`'s outcomes.
    func watch(_ groups: [Group], port: Int, token: String,
               load: () async throws -> [Outcome]) async throws -> ([Outcome], BoardLatencyFigures) {
        let shows = (0..<boards).map { groups[$0 % groups.count] }
        let watch = BoardWatch(boards: boards)
        let readers = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (board, sitting) in shows.enumerated() {
                    group.addTask { try await watch.follow(board: board, sitting: sitting.id, shows: sitting.sessions, port: port, token: token) }
                }
                try await group.waitForAll()
            }
        }
        defer { readers.cancel() }
        let opened = BenchClock.now()
        while await watch.ready.count < boards {
            guard BenchClock.now() - opened < Self.boardTimeoutSeconds else {
                throw BenchError("only \(await watch.ready.count) of \(boards) boards received their first event in \(Int(Self.boardTimeoutSeconds)) s")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        progress("[http] \(boards) boards open on \(groups.count) group sittings; the assessors save, then submit…")
        let outcomes = try await load()
        let submitted = BenchClock.now()
        while await watch.finished.count < boards, BenchClock.now() - submitted < Self.boardTimeoutSeconds {
            try await Task.sleep(for: .milliseconds(10))
        }
        readers.cancel()
        _ = await readers.result
        let book = BoardLatencyBook(boards: shows.map(\.sessions), submits: Self.submitStarts(outcomes))
        var figures = book.figures(await watch.sightings)
        figures.sittings = groups.count
        let submits = outcomes.compactMap(\.submitMilliseconds)
        figures.submitMilliseconds = .init(p50: BenchClock.percentile(submits, 50), p99: BenchClock.percentile(submits, 99))
        progress("[http] board events: \(figures.seen) of \(figures.expected) arrived, p99 \(String(format: "%.1f", figures.submitToBoardMilliseconds.p99)) ms")
        return (outcomes, figures)
    }

    /// When each submitted session's submit request started.
    static func submitStarts(_ outcomes: [Outcome]) -> [Int64: Double] {
        var starts: [Int64: Double] = [:]
        for outcome in outcomes {
            if let session = outcome.submitted, let start = outcome.submitStart { starts[session] = start }
        }
        return starts
    }
}
