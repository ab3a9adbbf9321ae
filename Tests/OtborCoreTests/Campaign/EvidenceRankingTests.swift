import Foundation
import OtborCore
import Testing

/// `[CandidateEvidence].ranking`, the ranking `otbor compare` prints: candidates tied in hurdle
/// and S are ordered by name (the documented rule), not by id.
struct EvidenceRankingTests {
    static let profile = JobProfile(
        id: "p", title: LocalizedText(ru: "Профиль"), level: .senior,
        requirements: [CompetencyRequirement(competency: "empathy", group: .soft, level: 3, weight: 1)],
        process: [ProcessStage(guide: "screen", weight: 1)])

    static func evidence(id: Int64, name: String, rating: Double) -> CandidateEvidence {
        let created = Date(timeIntervalSince1970: 0)
        let person = Candidate(id: CandidateID(id), name: name, consentDate: CalendarDate(daysSinceEpoch: 0), createdAt: created)
        let application = Application(id: ApplicationID(id), candidateId: person.id, profile: "p", profileHash: "h", createdAt: created)
        let sheet = AssessorSheet(assessor: "Ирина", ratings: [
            ItemRating(item: "q1", value: rating, weights: [CompetencyWeight(competency: "empathy", weight: 1)]),
        ])
        return CandidateEvidence(candidate: person, application: application, profile: profile, sessions: [],
                                 stages: [StageRatings(stage: "screen", sheets: [sheet])], consensus: [], redFlags: [])
    }

    @Test("tied candidates go by name: Анна (id 9) before Борис (id 2) before Вера (id 5); a higher S still comes first")
    func tiesByName() {
        let evidence = [Self.evidence(id: 2, name: "Борис", rating: 4), Self.evidence(id: 5, name: "Вера", rating: 4),
                        Self.evidence(id: 9, name: "Анна", rating: 4), Self.evidence(id: 11, name: "Яков", rating: 5)]
        #expect(evidence.ranking().entries.map(\.candidate) == ["11", "9", "2", "5"])
    }
}
