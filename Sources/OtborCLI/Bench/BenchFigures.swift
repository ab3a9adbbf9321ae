/// The figures of one benchmark size, as `otbor bench --format json` prints them.
struct BenchFigures: Encodable {
    struct Latency: Encodable, Equatable {
        var p50: Double
        var p99: Double
    }

    var candidates: Int
    var ratings: Int
    var importRatingsPerSecond: Double
    var rawSQLiteRatingsPerSecond: Double
    var importRatio: Double
    var scoreRankSeconds: Double
    /// The scoring and ranking part of `scoreRankSeconds`, on evidence already in memory.
    var scoreInMemorySeconds: Double
    var candidateReportMilliseconds: Double
    var comparisonReportMilliseconds: Double
    var agreementSeconds: Double
    var answerSaveMilliseconds: Latency
    var peakMemoryMB: Double
    /// Seconds of the import and of the raw insert (for growth).
    var importSeconds: Double
    var rawSQLiteSeconds: Double

    enum CodingKeys: String, CodingKey {
        case candidates, ratings
        case importRatingsPerSecond = "import_ratings_per_s"
        case rawSQLiteRatingsPerSecond = "raw_sqlite_ratings_per_s"
        case importRatio = "import_ratio"
        case scoreRankSeconds = "score_rank_s"
        case scoreInMemorySeconds = "score_in_memory_s"
        case candidateReportMilliseconds = "candidate_report_ms"
        case comparisonReportMilliseconds = "comparison_report_ms"
        case agreementSeconds = "agreement_s"
        case answerSaveMilliseconds = "answer_save_ms"
        case peakMemoryMB = "peak_memory_mb"
    }

    /// The ratio of each time at this size to its time at `small`.
    func growth(from small: BenchFigures) -> [String: Double] {
        func ratio(_ large: Double, _ small: Double) -> Double { small > 0 ? large / small : 0 }
        return [
            "import_s": ratio(importSeconds, small.importSeconds),
            "raw_sqlite_s": ratio(rawSQLiteSeconds, small.rawSQLiteSeconds),
            "score_rank_s": ratio(scoreRankSeconds, small.scoreRankSeconds),
            "score_in_memory_s": ratio(scoreInMemorySeconds, small.scoreInMemorySeconds),
            "candidate_report_ms": ratio(candidateReportMilliseconds, small.candidateReportMilliseconds),
            "comparison_report_ms": ratio(comparisonReportMilliseconds, small.comparisonReportMilliseconds),
            "agreement_s": ratio(agreementSeconds, small.agreementSeconds),
            "answer_save_ms_p50": ratio(answerSaveMilliseconds.p50, small.answerSaveMilliseconds.p50),
            "answer_save_ms_p99": ratio(answerSaveMilliseconds.p99, small.answerSaveMilliseconds.p99),
        ]
    }
}

/// The whole output: the figures at N, `small` at N/10, growth, the durability setting and the
/// HTTP section (absent with `--no-http`).
struct BenchReport: Encodable {
    var large: BenchFigures
    var small: BenchFigures
    var http: HTTPBenchFigures?
    /// The dearest refused input, measured before the campaigns.
    var refusal: BenchRefusal
    /// `sqlite` or `postgresql`, and what the import is compared with.
    var engine: String
    var ceiling: String
    var durability: String
    var seed: UInt64

    enum CodingKeys: String, CodingKey {
        case small, growth, engine, ceiling, durability, seed, http
        case refusal = "refused_input"
    }

    func encode(to encoder: Encoder) throws {
        try large.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(small, forKey: .small)
        try container.encode(refusal, forKey: .refusal)
        try container.encode(large.growth(from: small), forKey: .growth)
        try container.encode(engine, forKey: .engine)
        try container.encode(ceiling, forKey: .ceiling)
        try container.encode(durability, forKey: .durability)
        try container.encode(seed, forKey: .seed)
        try container.encodeIfPresent(http, forKey: .http)
    }
}
