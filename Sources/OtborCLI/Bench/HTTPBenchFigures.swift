/// The figures of the HTTP section of `otbor bench`, as `--format json` prints them under `http`.
struct HTTPBenchFigures: Encodable {
    var assessors: Int
    /// Each assessor's mean pause after an answer, in milliseconds (0: back to back).
    var pauseMilliseconds: Int
    /// Answer saves sent (acknowledged or not).
    var requests: Int
    /// Acknowledged answers per second of the whole load, page loads included.
    var answersPerSecond: Double
    var answerSaveMilliseconds: BenchFigures.Latency
    var pageLoads: Int
    var interviewPageMilliseconds: BenchFigures.Latency
    /// Saves the console answered with 2xx.
    var acknowledged: Int
    /// `answer.record` audit lines of the bench's sessions: one per acknowledged save when nothing is lost.
    var stored: Int
    /// Steps whose stored answer is not the last one acknowledged for them.
    var stale: Int
    /// Saves the console refused (not 2xx).
    var refused: Int
    /// The live part: boards following group sittings while the assessors save and submit; absent without boards.
    var boardEvents: BoardLatencyFigures? = nil

    /// Whether the database holds exactly what the console acknowledged.
    var nothingLost: Bool { stored == acknowledged && stale == 0 }

    /// Whether every board showed every submit it should, once (true without boards).
    var boardsComplete: Bool { boardEvents?.complete ?? true }

    enum CodingKeys: String, CodingKey {
        case assessors, requests, acknowledged, stored, stale, refused
        case pauseMilliseconds = "pause_ms"
        case answersPerSecond = "answers_per_s"
        case answerSaveMilliseconds = "answer_save_ms"
        case pageLoads = "page_loads"
        case boardEvents = "board_events"
        case interviewPageMilliseconds = "interview_page_ms"
    }
}
