import ArgumentParser
import Foundation
import OtborCore
import OtborStore

/// `otbor bench`: a reproducible benchmark on a synthetic campaign.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark import, scoring, reports, agreement and answer saving on a synthetic campaign.",
        discussion: """
            Generates a deterministic campaign (N candidates of the senior support manager × the first \
            six guides of its process with rating steps × 3 assessors × every rating step, about 5 % \
            not assessed) in a temporary database, removed at the end (unless --keep names a folder for it), and measures at N/10 and at N, \
            each as the median of several runs: ratings imported per second through Otbor's import and \
            through raw prepared SQLite statements in one transaction (the ceiling), scoring and ranking \
            every candidate, one candidate report and the comparison report, ICC and Krippendorff's α, \
            the latency of saving one interview answer, and peak memory. Then the HTTP section: the web \
            console in this process on a free loopback port and --http-assessors concurrent assessors \
            (each with an account, a token and an open interview) saving --http-requests answers through \
            the API, a scoring page load after every tenth: answers per second, p50 and p99 of a save and \
            of a page, and the acknowledged answers found in the database (they must all be there; \
            otherwise the command fails). Its live part (--http-boards, 0 to leave it out): the \
            assessors' sessions belong to group sittings (ten observers or more each, every candidate \
            watched by two or three), --http-boards server-sent event streams follow the sittings' \
            boards while the assessors save, each assessor then submits, and the bench times every \
            submit on every board showing it, from the start of the submit request to the arrival of \
            the first event showing the session submitted: p50, p95, p99 and max (every expected event \
            must arrive within 30 s, once; otherwise the command fails). Build in release for real figures: \
            swift run -c release otbor bench --format json
            """)

    @Option(name: .long, help: ArgumentHelp("Candidates of the large run (the small one has a tenth).", valueName: "N"))
    var candidates: Int = 10_000

    @Option(name: .long, help: ArgumentHelp("Seed of the synthetic campaign.", valueName: "S"))
    var seed: UInt64 = 20_260_115

    @Option(name: .long, help: ArgumentHelp(
        "Keep the synthetic campaign databases in this folder (bench-N.sqlite for each size), to compare runs or explore them.",
        valueName: "dir"))
    var keep: String?

    @Option(name: .customLong("http-requests"), help: ArgumentHelp("Answers the HTTP section saves, all assessors together.", valueName: "N"))
    var httpRequests = HTTPBench.defaultRequests

    @Option(name: .customLong("http-assessors"), help: ArgumentHelp("Concurrent assessors of the HTTP section.", valueName: "N"))
    var httpAssessors = HTTPBench.defaultAssessors

    @Option(name: .customLong("http-pause-ms"), help: ArgumentHelp(
        "Each assessor's pause after an answer, in milliseconds, drawn between half and one and a half of it (0: back to back, to find the console's ceiling).",
        valueName: "ms"))
    var httpPause = HTTPBench.defaultPauseMilliseconds

    @Option(name: .customLong("http-boards"), help: ArgumentHelp(
        "Board connections of the HTTP section's live part, following the assessors' group sittings while they save and submit (0: no live part).",
        valueName: "N"))
    var httpBoards = HTTPBench.defaultBoards

    @Flag(name: .customLong("no-http"), help: "Skip the HTTP section.")
    var noHTTP = false

    @Option(name: .long, help: ArgumentHelp(
        "Run on PostgreSQL: a postgres://user@host:port/database URL whose server the bench makes its throwaway databases on (the role needs CREATEDB).",
        discussion: "Without it the campaigns are temporary SQLite files. With it each campaign is a database otbor_bench_<pid>_… (copied from the base campaign with CREATE DATABASE … TEMPLATE), dropped at the end unless --keep; the import is compared with PostgreSQL's own COPY of the same rows. The password comes from PGPASSWORD or ~/.pgpass.",
        valueName: "url"))
    var database: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        guard candidates >= 100 else { throw ValidationError(output.wording(.benchTooFewCandidates, ["count": String(candidates)])) }
        guard (1...1_000).contains(httpAssessors), httpRequests >= httpAssessors, (0...60_000).contains(httpPause) else {
            throw ValidationError(output.wording(.benchHTTPCounts, ["assessors": String(httpAssessors), "requests": String(httpRequests),
                                                                          "pause": String(httpPause)]))
        }
        guard (0...200).contains(httpBoards), httpBoards == 0 || httpAssessors >= 2 else {
            throw ValidationError(output.wording(.benchHTTPBoardCount, ["boards": String(httpBoards), "assessors": String(httpAssessors)]))
        }
    }

    func run() async throws {
        let library = try workspace.library(words: output.wording)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let kept = try keep.map { path -> URL in
            let url = URL(fileURLWithPath: path)
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw ValidationError(output.wording(.benchKeep, ["path": path, "reason": error.localizedDescription]))
            }
            return url
        }
        let databases = try BenchEngines.databases(database, folder: folder, words: output.wording)
        do {
            try await run(library: library, databases: databases, folder: folder, kept: kept)
            await databases.removeAll()
        } catch {
            await databases.removeAll()
            throw error
        }
    }

    private func run(library: ContentLibrary, databases: any BenchDatabases, folder: URL, kept: URL?) async throws {
        func figures(_ count: Int) async throws -> BenchFigures {
            try await BenchRun(library: library, candidates: count, seed: seed, databases: databases, keep: kept) { Printer.error($0) }
                .measure()
        }
        let durability = try await databases.durability()
        let refusal = try BenchRefusal.measure(library: library, folder: folder)
        let small = try await figures(candidates / 10)
        let large = try await figures(candidates)
        let http = noHTTP ? nil : try await HTTPBench(library: library, assessors: httpAssessors, requests: httpRequests,
                                                      pauseMilliseconds: httpPause, seed: seed, boards: httpBoards,
                                                      databases: databases) { Printer.error($0) }.measure()
        let report = BenchReport(large: large, small: small, http: http, refusal: refusal, engine: databases.engine,
                                 ceiling: databases.ceiling, durability: durability, seed: seed)
        switch output.format {
        case .json: try Printer.printJSON(report)
        case .text: Printer.print(Self.text(report, words: output.wording))
        }
        if let http, !http.nothingLost {
            throw BenchError(output.wording(.benchHTTPLost, ["acknowledged": String(http.acknowledged), "stored": String(http.stored),
                                                            "stale": String(http.stale)]))
        }
        if let live = http?.boardEvents, !live.complete {
            var values: [String: String] = ["expected": String(live.expected), "seen": String(live.seen)]
            values["timeout"] = String(Int(HTTPBench.boardTimeoutSeconds))
            values["missing"] = String(live.missing)
            values["duplicates"] = String(live.duplicates)
            values["unexpected"] = String(live.unexpected)
            throw BenchError(output.wording(.benchHTTPBoardsMissing, values))
        }
    }

    static func text(_ report: BenchReport, words: ConsoleWording) -> String {
        let small = report.small, large = report.large
        let growth = large.growth(from: small)
        func number(_ value: Double, _ digits: Int = 1) -> String {
            digits == 0 && value.isFinite ? words.whole(Int(value.rounded())) : words.number(value, digits)
        }
        func ratio(_ key: String) -> String { growth[key].map { number($0, 2) + "×" } ?? "" }
        var table = TextTable(words, [.figure, .tenth, .n, .growth])
        func row(_ figure: ContentPhrase, _ small: String, _ large: String, _ growth: String = "") {
            table.add([words(figure), small, large, growth])
        }
        row(.benchCandidates, words.whole(small.candidates), words.whole(large.candidates))
        row(.benchRatings, words.whole(small.ratings), words.whole(large.ratings))
        row(.benchImport, number(small.importRatingsPerSecond, 0), number(large.importRatingsPerSecond, 0), ratio("import_s"))
        row(report.engine == "postgresql" ? .benchCopy : .benchRaw, number(small.rawSQLiteRatingsPerSecond, 0), number(large.rawSQLiteRatingsPerSecond, 0), ratio("raw_sqlite_s"))
        row(.benchImportShare, number(small.importRatio * 100) + " %", number(large.importRatio * 100) + " %")
        row(.benchScoreRank, number(small.scoreRankSeconds, 3), number(large.scoreRankSeconds, 3), ratio("score_rank_s"))
        row(.benchInMemory, number(small.scoreInMemorySeconds, 3), number(large.scoreInMemorySeconds, 3), ratio("score_in_memory_s"))
        row(.benchCandidateReport, number(small.candidateReportMilliseconds, 2), number(large.candidateReportMilliseconds, 2),
            ratio("candidate_report_ms"))
        row(.benchComparisonReport, number(small.comparisonReportMilliseconds), number(large.comparisonReportMilliseconds),
            ratio("comparison_report_ms"))
        row(.benchAgreement, number(small.agreementSeconds, 3), number(large.agreementSeconds, 3), ratio("agreement_s"))
        row(.benchSaveMedian, number(small.answerSaveMilliseconds.p50, 2), number(large.answerSaveMilliseconds.p50, 2),
            ratio("answer_save_ms_p50"))
        row(.benchSaveP99, number(small.answerSaveMilliseconds.p99, 2), number(large.answerSaveMilliseconds.p99, 2),
            ratio("answer_save_ms_p99"))
        row(.benchPeakMemory, number(small.peakMemoryMB), number(large.peakMemoryMB))
        let title = words(.benchTitle, ["seed": String(report.seed), "durability": report.durability, "engine": report.engine])
        let refusal = report.refusal
        let refused = words(.benchRefusal, [
            "size": number(Double(refusal.bytes) / 1_048_576), "errors": words.count(refusal.diagnostics, .error),
            "seconds": number(refusal.seconds, 2), "memory": number(refusal.peakMemoryMB), "oversize": number(refusal.oversizeSeconds * 1000, 2),
            "csvLine": number(refusal.csvLineSeconds * 1000, 2)])
        var lines = [title, "", table.render(), "", refused]
        if let http = report.http {
            lines += ["", words(.benchHTTP, [
                "assessors": words.whole(http.assessors), "pause": words.whole(http.pauseMilliseconds), "requests": words.whole(http.requests), "rate": number(http.answersPerSecond, 0),
                "p50": number(http.answerSaveMilliseconds.p50, 2), "p99": number(http.answerSaveMilliseconds.p99, 2),
                "pages": words.whole(http.pageLoads), "pageP50": number(http.interviewPageMilliseconds.p50, 2),
                "pageP99": number(http.interviewPageMilliseconds.p99, 2), "acknowledged": words.whole(http.acknowledged),
                "stored": words.whole(http.stored), "stale": words.whole(http.stale), "refused": words.whole(http.refused)])]
            if let live = http.boardEvents {
                let spread = live.submitToBoardMilliseconds
                var values: [String: String] = [:]
                for (key, count) in [("boards", live.boards), ("sittings", live.sittings), ("submits", live.submits), ("expected", live.expected),
                                     ("seen", live.seen), ("missing", live.missing), ("duplicates", live.duplicates), ("unexpected", live.unexpected)] {
                    values[key] = words.whole(count)
                }
                for (key, milliseconds) in [("submitP50", live.submitMilliseconds.p50), ("submitP99", live.submitMilliseconds.p99),
                                            ("p50", spread.p50), ("p95", spread.p95), ("p99", spread.p99), ("max", spread.max)] {
                    values[key] = number(milliseconds, key.hasPrefix("submit") ? 2 : 1)
                }
                lines += ["", words(.benchHTTPBoards, values)]
            }
        }
        return lines.joined(separator: "\n")
    }
}
