import Foundation
import OtborCore
import OtborServices
import OtborReport
import OtborStore

/// Measures every figure of `otbor bench` for one campaign size in a temporary folder.
struct BenchRun {
    var library: ContentLibrary
    var candidates: Int
    var seed: UInt64
    /// Where the campaigns live and what the import is compared with.
    var databases: any BenchDatabases
    /// Where to keep the synthetic campaign database after the run, if anywhere.
    var keep: URL? = nil
    var progress: (String) -> Void

    /// Candidates per `importSessions` call: one scoresheet per stage and assessor, split in groups.
    static let sheetsPerCall = 500
    /// Runs of the long measurements (import, raw insert, agreement).
    static let longRuns = 3
    /// Runs of score and rank (about a second each at 10,000 candidates): the first run of a
    /// size also pays for the process's first use of that much memory.
    static let scoreRuns = 5
    /// Runs of the short ones (reports).
    static let shortRuns = 7
    /// Interactive answers saved for the latency figure (after a few unmeasured ones).
    static let answerSaves = 200

    func measure() async throws -> BenchFigures {
        let label = "[\(candidates)]"
        progress("\(label) generating \(candidates) candidates…")
        let campaign = try SyntheticCampaign(library: library, candidates: candidates, seed: seed)
        let base = "base-\(candidates)"
        let ids = try await databases.create(base, people: (0..<candidates).map(campaign.person))

        // Import and raw runs alternate, so a slow spell of a shared machine falls on both alike.
        var importTimes: [Double] = [], rawTimes: [Double] = []
        var kept: (name: String, store: any CampaignStore)?
        for run in 0..<Self.longRuns {
            progress("\(label) importing \(campaign.ratingCount) ratings (run \(run + 1) of \(Self.longRuns))…")
            let name = "import-\(candidates)-\(run)"
            let store = try await databases.copy(base, as: name)
            importTimes.append(try await BenchClock.time { try await importAll(campaign, ids: ids, into: store) })
            if run == Self.longRuns - 1 { kept = (name, store) } else { try await databases.remove(name, store: store) }

            progress("\(label) raw ceiling (run \(run + 1) of \(Self.longRuns))…")
            rawTimes.append(try await databases.ceiling(campaign.rawCeiling, ids: ids, base: base, as: "raw-\(candidates)-\(run)"))
            progress("\(label) run \(run + 1): import \(Self.seconds(importTimes[run])), raw \(Self.seconds(rawTimes[run]))")
        }
        try await databases.remove(base, store: nil)
        let importSeconds = BenchClock.median(importTimes), rawSeconds = BenchClock.median(rawTimes)
        let ratings = Double(campaign.ratingCount)

        guard let (campaignName, store) = kept else { throw BenchError("no import run") }
        try await databases.settle(campaignName)
        let engine = ScoringEngine()
        progress("\(label) scoring and ranking…")
        var evidence: [CandidateEvidence] = []
        var scoreRankTimes: [Double] = [], inMemory: [Double] = []
        for _ in 0..<Self.scoreRuns {
            evidence = []  // the previous run's evidence is released first (untimed), so only one copy is ever held
            var ranked = 0
            scoreRankTimes.append(try await BenchClock.time {
                evidence = try await store.evidence(profile: campaign.profile.id)
                inMemory.append(BenchClock.time { ranked = evidence.ranking(engine: engine).entries.count })
            })
            guard ranked == candidates else { throw BenchError("ranked \(ranked) candidates, expected \(candidates)") }
            progress("\(label) score and rank: \(Self.seconds(scoreRankTimes.last!)), of which in memory \(Self.seconds(inMemory.last!))")
        }
        let scoreRank = BenchClock.median(scoreRankTimes)

        progress("\(label) rendering reports…")
        let assembler = ReportAssembler(store: store, library: library, engine: engine, now: Date())
        let middle = ids[ids.count / 2]
        var size = 0
        let candidateReport = try await BenchClock.median(runs: Self.shortRuns) { _ in
            guard let mine = try await store.evidence(profile: campaign.profile.id, candidate: middle).first else {
                throw BenchError("no evidence for candidate \(middle)")
            }
            size = CandidateReport(try await assembler.candidate(mine)).render().utf8.count
        }
        guard size > 0 else { throw BenchError("the candidate report is empty") }
        let comparisonRuns = candidates >= 5000 ? Self.longRuns : Self.shortRuns
        let comparisonReport = try await BenchClock.median(runs: comparisonRuns) { _ in
            let input = try await assembler.comparison(profile: evidence.first?.profile ?? campaign.profile, evidence: evidence) { _ in nil }
            size = ComparisonReport(input).render().utf8.count
        }
        guard size > 0 else { throw BenchError("the comparison report is empty") }

        progress("\(label) agreement (ICC, α)…")
        let agreement = try measureAgreement(campaign)

        progress("\(label) saving interactive answers…")
        let latency = try await measureAnswerSaves(campaign, store: store, candidate: middle)
        if let keep {
            let place = try await databases.keep(campaignName, store: store, candidates: candidates, in: keep)
            progress("[\(candidates)] kept the campaign database as \(place)")
        } else {
            try await databases.remove(campaignName, store: store)
        }

        return BenchFigures(
            candidates: candidates, ratings: campaign.ratingCount,
            importRatingsPerSecond: ratings / importSeconds, rawSQLiteRatingsPerSecond: ratings / rawSeconds,
            importRatio: rawSeconds / importSeconds, scoreRankSeconds: scoreRank, scoreInMemorySeconds: BenchClock.median(inMemory),
            candidateReportMilliseconds: candidateReport * 1000, comparisonReportMilliseconds: comparisonReport * 1000,
            agreementSeconds: agreement, answerSaveMilliseconds: latency, peakMemoryMB: BenchClock.peakMemoryMB(),
            importSeconds: importSeconds, rawSQLiteSeconds: rawSeconds)
    }

    /// Every scoresheet through `importSessions`, as `otbor interview import` would: per stage and
    /// assessor, candidates in groups of ``sheetsPerCall``.
    private func importAll(_ campaign: SyntheticCampaign, ids: [CandidateID], into store: any CampaignStore) async throws {
        for stage in campaign.stages.indices {
            for assessor in SyntheticCampaign.assessors.indices {
                var start = 0
                while start < campaign.candidates {
                    let end = min(start + Self.sheetsPerCall, campaign.candidates)
                    let sheets = campaign.sheets(stage: stage, assessor: assessor, candidates: start..<end, ids: ids)
                    try await store.importSessions(sheets, profile: campaign.profile, guide: campaign.stages[stage].guide,
                                             assessor: SyntheticCampaign.assessors[assessor], actor: "otbor bench")
                    start = end
                }
            }
        }
    }

    /// ICC (every form, with intervals) of the complete candidates × assessors table of each
    /// stage's first rating step, and Krippendorff's α (interval and ordinal) over every unit
    /// (candidate × stage × step, three assessors, missing allowed); median seconds.
    private func measureAgreement(_ campaign: SyntheticCampaign) throws -> Double {
        let assessors = SyntheticCampaign.assessors.indices
        var tables: [[[Double]]] = []
        for stage in campaign.stages.indices {
            var table: [[Double]] = []
            for candidate in 0..<campaign.candidates {
                let row = assessors.compactMap { campaign.score(candidate: candidate, stage: stage, assessor: $0, step: 0).map(Double.init) }
                if row.count == assessors.count { table.append(row) }
            }
            tables.append(table)
        }
        var units: [[Double?]] = []
        units.reserveCapacity(campaign.candidates * campaign.stages.reduce(0) { $0 + $1.steps.count })
        for candidate in 0..<campaign.candidates {
            for (stage, info) in campaign.stages.enumerated() {
                for step in info.steps.indices {
                    units.append(assessors.map { campaign.score(candidate: candidate, stage: stage, assessor: $0, step: step).map(Double.init) })
                }
            }
        }
        var sink = 0.0
        let seconds = try BenchClock.median(runs: Self.longRuns) { _ in
            for table in tables {
                let icc = try IntraclassCorrelation(table)
                sink += icc.estimates().values.reduce(0) { $0 + $1.value }
            }
            let alpha = KrippendorffAlpha(units: units)
            sink += alpha.alpha(.interval) + alpha.alpha(.ordinal)
        }
        guard sink.isFinite else { throw BenchError("agreement figures are not finite") }
        return seconds
    }

    /// Saves answers one by one through `store.record`, as the interactive interview does.
    private func measureAnswerSaves(_ campaign: SyntheticCampaign, store: any CampaignStore, candidate: CandidateID) async throws -> BenchFigures.Latency {
        let stage = campaign.stages[0]
        let session = try await store.startSession(candidate: candidate, profile: campaign.profile, guide: stage.guide,
                                             assessor: "Bench Interviewer")
        var random = SplitMix64(seed: seed ^ 0xA5A5)
        var times: [Double] = []
        for index in 0..<(Self.answerSaves + 10) {
            let answer = RecordedAnswer(step: stage.steps[index % stage.steps.count],
                                        value: .rating(1 + Int(random.next() % 5)), note: "bench note \(index)")
            let seconds = try await BenchClock.time { try await store.record(answer, session: session.id) }
            if index >= 10 { times.append(seconds * 1000) }
        }
        return BenchFigures.Latency(p50: BenchClock.percentile(times, 50), p99: BenchClock.percentile(times, 99))
    }

    /// A run's time for the progress lines, such as `11.27 s`.
    private static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
}
