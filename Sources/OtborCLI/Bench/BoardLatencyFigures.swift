/// The figures of the live part of `otbor bench`'s HTTP section, as `--format json` prints them
/// under `http.board_events`: boards open on group sittings while the assessors save and submit,
/// and the time from each submit to the board event that shows it.
struct BoardLatencyFigures: Encodable, Equatable {
    /// Percentiles and maximum of a set of milliseconds (0 when empty).
    struct Spread: Encodable, Equatable {
        var p50: Double
        var p95: Double
        var p99: Double
        var max: Double
    }

    /// Open board connections (server-sent event streams).
    var boards: Int
    /// Sessions submitted through the API.
    var submits: Int
    /// Submit × board showing it: the events that must arrive.
    var expected: Int
    /// Expected events that arrived (each counted once).
    var seen: Int
    /// Expected events that never arrived within the timeout.
    var missing: Int
    /// A board showing the same session turn submitted more than once.
    var duplicates: Int
    /// A board showing a session turn submitted that it does not show, that nobody submitted, or
    /// before its submit started.
    var unexpected: Int
    /// From the start of the submit request to the arrival of the first event showing it on a board.
    var submitToBoardMilliseconds: Spread
    /// Group sittings the assessors' sessions belong to (set by the caller).
    var sittings = 0
    /// The submit requests themselves (set by the caller).
    var submitMilliseconds = BenchFigures.Latency(p50: 0, p99: 0)

    /// Whether every expected event arrived once and nothing else did.
    var complete: Bool { missing == 0 && duplicates == 0 && unexpected == 0 }

    enum CodingKeys: String, CodingKey {
        case boards, sittings, submits, expected, seen, missing, duplicates, unexpected
        case submitToBoardMilliseconds = "submit_to_board_ms"
        case submitMilliseconds = "submit_ms"
    }
}

extension BoardLatencyFigures.Spread {
    /// The spread of `values` (nearest-rank percentiles).
    init(_ values: [Double]) {
        self.init(p50: BenchClock.percentile(values, 50), p95: BenchClock.percentile(values, 95),
                  p99: BenchClock.percentile(values, 99), max: values.max() ?? 0)
    }
}
