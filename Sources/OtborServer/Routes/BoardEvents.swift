import Foundation
import Hummingbird
import OtborServices
import OtborStore
import ServiceLifecycle

/// `GET /api/v1/group-sittings/{id}/events`: the board as server-sent events. The stream reads
/// the board when the store's change feed (``ChangeFeed``) says a committed write changed
/// something a board shows — on PostgreSQL a write through any server, on SQLite one of this
/// process — and sends it (`event: board`, one line of JSON) when it differs from the last one
/// sent. A burst of changes during a read costs one more read, not one each; an answer saved
/// (which moves only a session's count) is shown within ``progressInterval`` of the last read.
/// As a safety net (writes of other processes on an SQLite file, a feed reconnecting), it also
/// reads every ``fallback``. A comment line keeps quiet connections open. Each stream ends after `lifetime`
/// (``ConsoleSettings/eventStreamLifetime``; the browser's `EventSource` reconnects after the
/// `retry` it was given) and when the server shuts down.
struct BoardEvents: Sendable {
    /// How often the board is read without a change heard.
    static let fallbackInterval: Duration = .seconds(3)
    /// How soon after the last read an answer saved is shown: saves come many a second while a
    /// panel scores, and each moves only a count; a submit or any other change is read at once.
    static let progressInterval: Duration = .seconds(1)
    static let keepAlive: Duration = .seconds(15)
    /// How often the stream looks at its clocks (keep-alive, lifetime) while nothing happens.
    static let tick: Duration = .seconds(1)
    /// How long a browser waits before it reconnects, in milliseconds.
    static let retryMilliseconds = 2_000

    var desk: GroupSittingDesk
    var id: String
    var lifetime: Duration
    var now: @Sendable () -> Date
    var fallback: Duration = Self.fallbackInterval

    /// The event that carries `board`.
    static func event(_ board: GroupSittingDesk.Board) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(GroupSittingResource(board)), as: UTF8.self)
        return "event: board\ndata: \(json)\n\n"
    }

    var response: Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { [self] writer in
            try await stream(to: &writer)
        })
    }

    private func stream(to writer: inout any ResponseBodyWriter) async throws {
        let clock = ContinuousClock()
        let end = clock.now + lifetime
        // Listening starts before the first read, so no change after it is missed.
        let wakes = BoardWakes(feed: desk.store.changeFeed, tick: min(fallback, Self.tick))
        defer { wakes.stop() }
        var quietSince = clock.now
        var lastRead = clock.now
        var last = ""
        var due = true, progressDue = false
        try await writer.write(ByteBuffer(string: "retry: \(Self.retryMilliseconds)\n\n"))
        try await withGracefulShutdownHandler {
            while !Task.isCancelled, clock.now < end {
                let since = clock.now - lastRead
                if due || since >= fallback || progressDue && since >= Self.progressInterval {
                    lastRead = clock.now
                    progressDue = false
                    // The store's calls run on the console's own threads, as in every request.
                    let board = try await StoreThreadsMiddleware.run { try await desk.board(id, now: now()) }
                    wakes.attend(BoardInterest(board))
                    let event = try Self.event(board)
                    if event != last {
                        try await writer.write(ByteBuffer(string: event))
                        last = event
                        quietSince = clock.now
                    }
                }
                if clock.now - quietSince >= Self.keepAlive {
                    try await writer.write(ByteBuffer(string: ": still here\n\n"))
                    quietSince = clock.now
                }
                guard let wake = await wakes.next() else { break }
                due = wake == .change
                progressDue = progressDue || wake == .progress
            }
        } onGracefulShutdown: {
            wakes.stop()
        }
        try await writer.finish(nil)
    }
}
