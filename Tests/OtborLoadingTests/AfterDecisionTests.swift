import OtborCore
import Testing
@testable import OtborLoading

/// The stages after the decision: every shipped profile runs the reference check and the offer
/// after its process, never scored and outside the process's stages and hours.
struct AfterDecisionTests {
    static let library = ShippedContentTests.library

    @Test("every shipped profile runs the reference check, then the offer, after the decision",
          arguments: ["senior-support-manager", "client-support-manager", "fitness-support-manager", "head-of-service"])
    func shipped(_ id: String) throws {
        let profile = try #require(Self.library.profile(id))
        #expect(profile.afterDecision.map(\.guide) == ["reference-check", "job-offer"])
        #expect(profile.afterDecision.allSatisfy { $0.note != nil })
        // Outside the process: not a stage, not in the hours, not in the coverage matrix.
        #expect(!profile.process.contains { ["reference-check", "job-offer"].contains($0.guide) })
        let hours = Self.library.hours(of: profile)
        #expect(!hours.stages.contains { ["reference-check", "job-offer"].contains($0.guide) })
        #expect(!Self.library.coverage(of: profile).stages.contains("job-offer"))
        #expect(profile.runsAfterDecision("job-offer") && !profile.runsAfterDecision(profile.process[0].guide))
    }

    @Test("the offer and the reference check are written for all four businesses and ask about each profile's hurdles")
    func writtenForEveryProfile() throws {
        let reference = try #require(Self.library.guide("reference-check"))
        let questions = Set(reference.items.map(\.id))
        for profile in Self.library.profiles {
            // Each profile has at least two critical requirements the reference check asks about.
            let asked = profile.requirements.filter { $0.critical && questions.contains($0.competency) }
            #expect(asked.count >= 2 || profile.requirements.filter(\.critical).count < 2, "\(profile.id): \(asked.map(\.competency))")
        }
        #expect(reference.alternatives.first?.run == 2)
    }
}
