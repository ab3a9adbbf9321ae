import Testing
import OtborCore

struct RaterReportTests {
    /// The Shrout–Fleiss table as one stage: six candidates × one competency × four assessors.
    static var observations: [RaterReport.Observation] {
        shroutFleiss.enumerated().flatMap { row, ratings in
            ratings.enumerated().map { column, value in
                RaterReport.Observation(stage: "ac", candidate: "c\(row)", assessor: "J\(column + 1)", competency: "x",
                                        value: value, sessionOrder: "2026-11-\(10 + row)")
            }
        }
    }

    @Test("a complete stage gives the published ICC and the α of the same table")
    func completeStage() throws {
        let report = RaterReport(Self.observations)
        let stage = try #require(report.stages.first)
        #expect(stage.assessors == ["J1", "J2", "J3", "J4"])
        #expect(stage.pairableUnits == 6)
        let icc = try #require(stage.icc)
        #expect(abs(icc.value(.icc2) - 0.289764) < 1e-6)
        #expect(abs(stage.alphaInterval - KrippendorffAlpha(units: shroutFleiss.map { $0.map(Optional.some) }).alpha(.interval)) < 1e-12)
        // J1 rates well above the others on every candidate, J2 well below.
        #expect(stage.leniency.raters[0].flag == .lenient)
        #expect(stage.leniency.raters[1].flag == .severe)
    }

    @Test("a missing rating leaves ICC out but keeps α; drift follows each assessor's sessions in order")
    func incompleteStageAndDrift() throws {
        let report = RaterReport(Self.observations.filter { !($0.candidate == "c0" && $0.assessor == "J3") })
        let stage = try #require(report.stages.first)
        #expect(stage.icc == nil)
        #expect(stage.alphaInterval.isFinite)
        let j1 = try #require(report.drifts.first { $0.assessor == "J1" })
        #expect(j1.sessions == 6)
        // Candidate 0: J1 gave 9, the others now 2 and 8 → deviation 4.
        #expect(abs(j1.drift.deviations[0] - 4) < 1e-12)
    }
}

struct StageSelectionTests {
    @Test("selected means assessed at a later stage or advanced; no group is left out and counted apart")
    func counts() {
        let process = ["phone", "hr", "case"]
        let candidates = [
            StageSelection.Candidate(group: "A", stages: ["phone", "hr"], latestDecision: nil),
            StageSelection.Candidate(group: "A", stages: ["phone"], latestDecision: .reject),
            StageSelection.Candidate(group: "B", stages: ["phone"], latestDecision: .advance),
            StageSelection.Candidate(group: "B", stages: ["phone"], latestDecision: nil),
            StageSelection.Candidate(group: nil, stages: ["phone", "hr"], latestDecision: nil),
            StageSelection.Candidate(group: "B", stages: ["hr"], latestDecision: nil),
        ]
        let phone = StageSelection(stage: "phone", process: process, candidates: candidates)
        #expect(phone.groups == [AdverseImpact.Group(name: "A", selected: 1, applicants: 2),
                                 AdverseImpact.Group(name: "B", selected: 1, applicants: 2)])
        #expect(phone.withoutGroup == 1)
        let last = StageSelection(stage: "case", process: process, candidates: candidates)
        #expect(last.groups.isEmpty)
    }
}
