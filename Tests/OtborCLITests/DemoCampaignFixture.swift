import Foundation
@testable import OtborCLI
import OtborCore
import OtborServices
import OtborStoreSQLite
import OtborTestSupport
import Testing

/// The demo campaign entered in-process, as `otbor demo` enters it but without the DISC answers
/// and the reports (neither is evidence): its six people, every scoresheet of `Interviews/demo`
/// through ``ScoresheetImport``, the panel's consensus and the decisions, in a temporary database.
final class DemoCampaignFixture: @unchecked Sendable {
    private let temporary: TemporaryFolder
    let store: SQLiteStore
    /// The database file, for running `otbor` on it.
    let path: String

    init() async throws {
        temporary = try TemporaryFolder("otbor-evidence")
        path = temporary.file("demo.sqlite").path
        store = try SQLiteStore(path: path)
        var ids: [String: CandidateID] = [:]
        for person in DemoCampaign.people {
            let candidate = NewCandidate(name: person.name, email: person.email, phone: person.phone, source: person.source,
                                         consentDate: person.consent, fairnessGroup: person.group)
            ids[person.name] = try store.addCandidate(candidate, actor: DemoCampaign.recorder).id
        }
        let sheets = OtborProcess.repository.appendingPathComponent(DemoCampaign.scoresheetFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: sheets.path).filter { $0.hasSuffix(".yaml") }.sorted()
        for name in names {
            let outcome = try await ScoresheetImport.run(
                path: sheets.appendingPathComponent(name).path, library: RunnerFixture.library, store: store, dryRun: false,
                actor: DemoCampaign.recorder, today: CandidateInput.today())
            try #require(outcome.summary != nil, "\(name): \(outcome.diagnostics)")
        }
        let agreement = DemoCampaign.consensus
        let consensus = try #require(Consensus(stage: agreement.stage, competency: agreement.competency, value: agreement.value,
                                               rationale: agreement.rationale))
        try store.recordConsensus(candidate: ids[agreement.candidate]!, profile: DemoCampaign.profile, consensus: consensus,
                                  actor: agreement.by)
        for decision in DemoCampaign.decisions {
            try store.recordDecision(candidate: ids[decision.candidate]!, profile: DemoCampaign.profile,
                                     decision: decision.decision, reason: decision.reason, actor: "Олег Михайлов")
        }
    }
}
