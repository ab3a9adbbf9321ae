import Foundation
import OtborStoreSQLite
import OtborTestSupport
import Testing

/// `otbor bench`, run as a process on a small synthetic campaign (no time assertions).
struct BenchCommandTests {
    static let figures = ["import_ratings_per_s", "raw_sqlite_ratings_per_s", "import_ratio", "score_rank_s",
                          "score_in_memory_s", "candidate_report_ms", "comparison_report_ms", "agreement_s", "peak_memory_mb"]
    static let growth = ["import_s", "raw_sqlite_s", "score_rank_s", "score_in_memory_s", "candidate_report_ms", "comparison_report_ms",
                         "agreement_s", "answer_save_ms_p50", "answer_save_ms_p99"]

    /// Checks one size's figures: every key present and positive, ratings a whole number per
    /// candidate and assessor.
    func check(_ json: [String: Any], candidates: Int) throws {
        #expect(json["candidates"] as? Int == candidates)
        let ratings = try #require(json["ratings"] as? Int)
        // 3 assessors rate the same steps of every candidate.
        #expect(ratings > 0 && ratings % (candidates * 3) == 0, "ratings \(ratings) for \(candidates) candidates")
        for key in Self.figures {
            let value = try #require(json[key] as? Double, "missing \(key)")
            #expect(value > 0 && value.isFinite, "\(key) = \(value)")
        }
        let latency = try #require(json["answer_save_ms"] as? [String: Any])
        for key in ["p50", "p99"] {
            let value = try #require(latency[key] as? Double, "missing answer_save_ms.\(key)")
            #expect(value > 0, "answer_save_ms.\(key) = \(value)")
        }
        let p50 = try #require(latency["p50"] as? Double), p99 = try #require(latency["p99"] as? Double)
        #expect(p50 <= p99)
        let whole = try #require(json["score_rank_s"] as? Double), inMemory = try #require(json["score_in_memory_s"] as? Double)
        #expect(inMemory < whole, "scoring in memory is part of score_rank_s")
    }

    @Test("bench --candidates 200 --format json reports every figure at 200 and at 20, and --keep keeps both campaigns")
    func smallBench() throws {
        let kept = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-kept-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: kept) }
        let output = try OtborProcess.run(["bench", "--candidates", "200", "--format", "json", "--keep", kept.path,
                                           "--http-assessors", "4", "--http-requests", "40", "--http-pause-ms", "20"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("generating") && output.stderr.contains("importing"))
        let json = try #require(try output.json() as? [String: Any])
        try check(json, candidates: 200)
        let small = try #require(json["small"] as? [String: Any])
        try check(small, candidates: 20)
        #expect((json["ratings"] as? Int) == (small["ratings"] as? Int).map { $0 * 10 })
        let growth = try #require(json["growth"] as? [String: Any])
        for key in Self.growth {
            let value = try #require(growth[key] as? Double, "missing growth.\(key)")
            #expect(value > 0, "growth.\(key) = \(value)")
        }
        let refused = try #require(json["refused_input"] as? [String: Any])
        #expect((refused["diagnostics"] as? Int ?? 0) > 19_000 && (refused["bytes"] as? Int ?? 0) > 3_000_000, "\(refused)")
        // The goal is 200 MB and 10 s; a debug build measures about 80 MB and 1.5 s alone, but up to
        // 250 MB and 6 s while the whole suite runs beside it, so the bound here leaves room for that.
        #expect((refused["refuse_s"] as? Double ?? 99) < 10 && (refused["peak_memory_mb"] as? Double ?? 999) < 400, "\(refused)")
        // A 1 GB line is refused after its first 64 KiB: milliseconds, not the minute reading it would take.
        #expect((refused["refuse_csv_line_s"] as? Double ?? 99) < 2, "\(refused)")
        // The HTTP section: 4 assessors, 40 saves, a page load after every tenth save of each (one each).
        let http = try #require(json["http"] as? [String: Any])
        #expect(http["assessors"] as? Int == 4 && http["requests"] as? Int == 40 && http["page_loads"] as? Int == 4
                && http["pause_ms"] as? Int == 20, "\(http)")
        #expect(http["acknowledged"] as? Int == 40 && http["stored"] as? Int == 40 && http["stale"] as? Int == 0, "\(http)")
        for key in ["answer_save_ms", "interview_page_ms"] {
            let latency = try #require(http[key] as? [String: Any], "missing http.\(key)")
            #expect((latency["p50"] as? Double ?? 0) > 0 && (latency["p99"] as? Double ?? 0) >= (latency["p50"] as? Double ?? 0), "\(key)")
        }
        #expect((http["answers_per_s"] as? Double ?? 0) > 0)
        // The live part, 20 boards by default: all on the one sitting of the 4 assessors, each showing all 4 submits.
        let live = try #require(http["board_events"] as? [String: Any], "missing http.board_events")
        #expect(live["boards"] as? Int == 20 && live["sittings"] as? Int == 1 && live["submits"] as? Int == 4, "\(live)")
        #expect(live["expected"] as? Int == 80 && live["seen"] as? Int == 80 && live["missing"] as? Int == 0, "\(live)")
        let spread = try #require(live["submit_to_board_ms"] as? [String: Double])
        #expect((spread["p50"] ?? 0) > 0 && (spread["p99"] ?? 0) <= (spread["max"] ?? 0), "\(spread)")
        let durability = try #require(json["durability"] as? String)
        #expect(durability.contains("WAL") && durability.contains("synchronous="))
        // The kept campaign is a database the other commands read: 200 candidates, every rating.
        let campaign = kept.appendingPathComponent("bench-200.sqlite").path
        #expect(FileManager.default.fileExists(atPath: kept.appendingPathComponent("bench-20.sqlite").path))
        let store = try SQLiteStore(path: campaign)
        #expect(try store.candidates().count == 200)
        let evidence = try store.evidence(profile: "senior-support-manager")
        // Six submitted stages each, but for the candidate whose open session measured answer saves:
        // that stage stays hidden until every assessor of it has submitted.
        #expect(evidence.count == 200 && evidence.filter { $0.stages.count == 6 }.count == 199)
    }
}
