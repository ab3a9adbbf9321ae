/// The bookkeeping of the live part of `otbor bench`: which board should show which submit, what
/// each board showed and when, and the figures that follow. Pure: times are seconds of
/// ``BenchClock``, taken by the callers.
struct BoardLatencyBook: Sendable {
    /// A board saw `session` turn submitted at `time` (the arrival of the first event showing it so).
    struct Sighting: Sendable, Equatable {
        var session: Int64
        var time: Double
    }

    /// Per board, the sessions it shows (those of its sitting).
    var boards: [Set<Int64>]
    /// Per session the bench submitted, when its submit request started.
    var submits: [Int64: Double]

    /// (board, session) pairs that must be seen: every submit × every board showing its session.
    var expected: Int {
        boards.reduce(0) { sum, shown in sum + shown.filter { submits[$0] != nil }.count }
    }

    /// The figures of `sightings` (per board, in the order of `boards`): a latency for each
    /// expected pair seen (its first sighting), the expected pairs never seen, pairs seen more than
    /// once, and sightings of a session that board does not show, the bench did not submit, or
    /// that came before its submit started.
    func figures(_ sightings: [[Sighting]]) -> BoardLatencyFigures {
        var latencies: [Double] = []
        var duplicates = 0, unexpected = 0
        for (board, shown) in boards.enumerated() {
            var seen: Set<Int64> = []
            for sighting in board < sightings.count ? sightings[board] : [] {
                guard shown.contains(sighting.session), let start = submits[sighting.session], sighting.time >= start else {
                    unexpected += 1
                    continue
                }
                guard seen.insert(sighting.session).inserted else {
                    duplicates += 1
                    continue
                }
                latencies.append((sighting.time - start) * 1000)
            }
        }
        return BoardLatencyFigures(
            boards: boards.count, submits: submits.count, expected: expected, seen: latencies.count,
            missing: expected - latencies.count, duplicates: duplicates, unexpected: unexpected,
            submitToBoardMilliseconds: .init(latencies))
    }
}
