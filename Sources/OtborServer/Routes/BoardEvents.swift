import Foundation
import Hummingbird
import OtborServices
import ServiceLifecycle

/// `GET /api/v1/group-sittings/{id}/events`: the board as server-sent events. The stream looks at
/// the board every ``interval`` and sends it (`event: board`, one line of JSON) whenever it
/// changed, so a submit made through any server or command reaches every open board within about
/// that time; a comment line keeps quiet connections open. Each stream ends after `lifetime`
/// (``ConsoleSettings/eventStreamLifetime``; the browser's `EventSource` reconnects after the
/// `retry` it was given) and when the server shuts down.
struct BoardEvents: Sendable {
    static let interval: Duration = .milliseconds(250)
    static let keepAlive: Duration = .seconds(15)
    /// How long a browser waits before it reconnects, in milliseconds.
    static let retryMilliseconds = 2_000

    var desk: GroupSittingDesk
    var id: String
    var lifetime: Duration
    var now: @Sendable () -> Date

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
        var quietSince = clock.now
        var last = ""
        try await writer.write(ByteBuffer(string: "retry: \(Self.retryMilliseconds)\n\n"))
        while !Task.isCancelled, !Task.isShuttingDownGracefully, clock.now < end {
            // The store's calls run on the console's own threads, as in every request.
            let board = try await StoreThreadsMiddleware.run { try await desk.board(id, now: now()) }
            let event = try Self.event(board)
            if event != last {
                try await writer.write(ByteBuffer(string: event))
                last = event
                quietSince = clock.now
            } else if clock.now - quietSince >= Self.keepAlive {
                try await writer.write(ByteBuffer(string: ": still here\n\n"))
                quietSince = clock.now
            }
            try await Task.sleep(for: Self.interval)
        }
        try await writer.finish(nil)
    }
}
