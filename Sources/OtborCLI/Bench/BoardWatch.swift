import Foundation

/// The boards of the live part of `otbor bench`, as they are read: each board's connection reads
/// its sitting's event stream incrementally (``follow(board:sitting:shows:port:token:)``) and notes
/// here, with the arrival time of the event, every session that turned submitted on it.
actor BoardWatch {
    /// Per board, the sessions it saw turn submitted and when.
    private(set) var sightings: [[BoardLatencyBook.Sighting]]
    /// Boards that have received their first event (the board as it stood when it connected).
    private(set) var ready: Set<Int> = []
    /// Boards whose every session has turned submitted.
    private(set) var finished: Set<Int> = []

    init(boards: Int) {
        sightings = Array(repeating: [], count: boards)
    }

    func note(board: Int, submitted sessions: [Int64], at time: Double) {
        ready.insert(board)
        sightings[board] += sessions.map { BoardLatencyBook.Sighting(session: $0, time: time) }
    }

    func finish(board: Int) { finished.insert(board) }

    /// The part of a board event the bench reads: each session and its status.
    private struct BoardJSON: Decodable {
        struct Session: Decodable {
            var id: Int64
            var status: String?
        }

        var sessions: [Session]
    }

    /// One board: a connection of its own to `GET /api/v1/group-sittings/{sitting}/events`, read
    /// piece by piece until every session in `shows` is submitted (or the task is cancelled).
    /// A session counts when an event shows it submitted and the previous one did not.
    nonisolated func follow(board: Int, sitting: String, shows: Set<Int64>, port: Int, token: String) async throws {
        var parser = ServerSentEventParser()
        var submitted: Set<Int64> = []
        let decoder = JSONDecoder()
        let status = try await BenchLoopbackClient.run(port: port) { client in
            try await client.stream("/api/v1/group-sittings/\(sitting)/events", token: token) { piece in
                let arrival = BenchClock.now()
                for event in parser.feed(piece) where event.name == "board" {
                    let shown = try decoder.decode(BoardJSON.self, from: Data(event.data.utf8))
                    let now = Set(shown.sessions.filter { $0.status == "submitted" }.map(\.id))
                    await self.note(board: board, submitted: now.subtracting(submitted).sorted(), at: arrival)
                    submitted = now
                }
                return !Task.isCancelled && !shows.isSubset(of: submitted)
            }
        }
        guard status == 200 else { throw BenchError("the board of \(sitting) answered \(status)") }
        await finish(board: board)
    }
}
