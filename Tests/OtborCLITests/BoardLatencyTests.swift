@testable import OtborCLI
import Testing

/// The pure parts of the live part of `otbor bench`: reading a server-sent event stream that
/// arrives in arbitrary pieces, and counting submits against what each board showed.
struct BoardLatencyTests {
    typealias Event = ServerSentEventParser.Event

    static let stream = "retry: 2000\n\nevent: board\ndata: {\"a\":1}\n\n: still here\n\nevent: board\ndata: {\"b\":\"Ж\"}\n\n"
    static let events = [Event(name: "board", data: "{\"a\":1}"), Event(name: "board", data: "{\"b\":\"Ж\"}")]

    @Test("a stream split anywhere (even inside a UTF-8 character) gives the same events", arguments: [1, 2, 3, 7, 16, 1_000])
    func splitAnywhere(piece: Int) {
        var parser = ServerSentEventParser()
        let bytes = Array(Self.stream.utf8)
        var events: [Event] = []
        for start in stride(from: 0, to: bytes.count, by: piece) {
            events += parser.feed(bytes[start..<min(start + piece, bytes.count)])
        }
        #expect(events == Self.events)
    }

    @Test("fields as EventSource reads them", arguments: [
        ("data: x\n\n", [Event(name: "message", data: "x")]),
        ("event: board\r\ndata: x\r\n\r\n", [Event(name: "board", data: "x")]),
        ("data:x\ndata: y\n\n", [Event(name: "message", data: "x\ny")]),
        ("event: board\n\ndata: x\n\n", [Event(name: "message", data: "x")]),
        (": comment\nid: 4\nretry: 10\ndata: x\n\n", [Event(name: "message", data: "x")]),
        ("event: board\ndata: x\n", []),
        ("data\n\n", [Event(name: "message", data: "")]),
    ])
    func fields(text: String, expected: [Event]) {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array(text.utf8)) == expected)
    }

    typealias Sighting = BoardLatencyBook.Sighting

    /// Two boards on sitting {1, 2}, one on {3}; sessions 1, 2 and 3 submitted at 10, 20 and 30 s.
    static let book = BoardLatencyBook(boards: [[1, 2], [1, 2], [3]], submits: [1: 10, 2: 20, 3: 30])

    @Test("every submit × board showing it: latency from the submit's start, missing, repeated and unexpected sightings", arguments: [
        // All seen once: latencies 0.1, 0.2, 0.3, 0.4, 0.05 s.
        ([[Sighting(session: 1, time: 10.1), Sighting(session: 2, time: 20.2)],
          [Sighting(session: 1, time: 10.3), Sighting(session: 2, time: 20.4)], [Sighting(session: 3, time: 30.05)]],
         5, 0, 0, 0, [50.0, 200, 400]),
        // Board 1 never sees session 2; board 2 sees session 3 twice.
        ([[Sighting(session: 1, time: 10.1), Sighting(session: 2, time: 20.2)], [Sighting(session: 1, time: 10.3)],
          [Sighting(session: 3, time: 30.05), Sighting(session: 3, time: 31)]],
         4, 1, 1, 0, [50, 100, 300]),
        // Board 0 sees session 3, which it does not show, and session 1 before its submit started; board 2 sees nothing.
        ([[Sighting(session: 3, time: 30.1), Sighting(session: 1, time: 9), Sighting(session: 2, time: 21)],
          [Sighting(session: 1, time: 11), Sighting(session: 2, time: 22)]],
         3, 2, 0, 2, [1000, 1000, 2000]),
    ])
    func counts(sightings: [[Sighting]], seen: Int, missing: Int, duplicates: Int, unexpected: Int, spread: [Double]) {
        let figures = Self.book.figures(sightings)
        #expect(figures.boards == 3 && figures.submits == 3 && figures.expected == 5)
        #expect(figures.seen == seen && figures.missing == missing)
        #expect(figures.duplicates == duplicates && figures.unexpected == unexpected)
        #expect(figures.complete == (missing == 0 && duplicates == 0 && unexpected == 0))
        let ms = figures.submitToBoardMilliseconds
        #expect(abs(ms.p50 - spread[1]) < 1e-6 && abs(ms.max - spread[2]) < 1e-6, "p50 \(ms.p50), max \(ms.max)")
        #expect(ms.p99 == ms.max && ms.p50 <= ms.p95 && ms.p95 <= ms.p99)
        #expect(figures.expected == figures.seen + figures.missing)
    }

    @Test("a session nobody submitted is not expected", arguments: [([1: 10.0], 2), ([:], 0), ([1: 10, 2: 20, 3: 30], 5)])
    func expected(submits: [Int64: Double], count: Int) {
        #expect(BoardLatencyBook(boards: [[1, 2], [1, 2], [3]], submits: submits).expected == count)
    }

    @Test("sittings of ten observers or more, every assessor in one", arguments: [(50, [10, 10, 10, 10, 10]), (3, [3]), (2, [2]), (19, [19]), (25, [13, 12])])
    func sittingPlan(assessors: Int, sizes: [Int]) {
        let plan = HTTPBench.sittingPlan(assessors: assessors)
        #expect(plan.map(\.count) == sizes)
        #expect(plan.flatMap { $0 }.sorted() == Array(0..<assessors))
    }
}
