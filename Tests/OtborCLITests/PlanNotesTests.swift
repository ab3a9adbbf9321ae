import Foundation
@testable import OtborCLI
import OtborCore
import OtborServices
import Testing

/// `otbor plan` on the demo campaign: each gap carries the assessors' notes written on the steps
/// that rate its competency, and the text prints the first few under the evidence.
@Suite("Development plan with the assessors' notes")
struct PlanNotesTests {
    @Test("Дмитрий Волков's gaps carry the notes of the steps that rate them; the text shows three and counts the rest")
    func volkov() async throws {
        let demo = try await DemoCampaignFixture()
        let campaign = Campaign(library: RunnerFixture.library, store: demo.store)
        let person = try await demo.store.candidate("Дмитрий Волков")
        let document = try await campaign.plan(candidate: person, profile: nil, engine: ScoringEngine(),
                                               today: Date(timeIntervalSince1970: 1_764_720_000), timeZone: TimeZone(identifier: "UTC")!)
        let mentoring = try #require(document.plan.items.first { $0.competency == "mentoring" })
        #expect(mentoring.notes.count == 8)
        #expect(mentoring.notes.first?.text == "ИПР по данным, но составлял сам, без участия сотрудника.")
        #expect(mentoring.notes.first?.stage == "manager-interview" && mentoring.notes.first?.assessor == "Ирина Ковалёва")
        // Every note is on a step of a stage that rates the competency.
        for item in document.plan.items {
            for note in item.notes {
                let guide = try #require(RunnerFixture.library.guide(note.stage))
                #expect(guide.competencies(ofStep: note.step).contains(item.competency), "\(item.competency): \(note.step)")
                #expect(!note.text.isEmpty)
            }
        }
        let profile = try #require(RunnerFixture.library.profile(document.plan.profile))
        let text = PlanText(document: document, profile: profile, library: RunnerFixture.library,
                            words: ConsoleWording(language: .ru)).render()
        #expect(text.contains("     Ирина Ковалёва, Интервью с руководителем: «ИПР по данным, но составлял сам, без участия сотрудника.»\n"))
        #expect(text.contains("     … и ещё заметок: 5 (все — в `--format json`)\n"))
    }
}
