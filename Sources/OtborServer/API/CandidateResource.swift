import Foundation
import OtborCore
import OtborStore

/// A candidate as the API shows them. Everyone who may list candidates gets `id` and `name`;
/// readers of reports also `source`, `consentDate`, `createdAt`, the applications and the last
/// decision; those who edit candidates also the contacts, group and notes.
struct CandidateResource: Encodable, Sendable {
    struct ApplicationJSON: Encodable, Sendable {
        var profile: String
        var stagesDone: Int
        var stagesPlanned: Int
    }

    struct DecisionJSON: Encodable, Sendable {
        var profile: String
        var decision: String
        var decidedAt: String
    }

    var id: Int64
    var name: String
    var source: String??
    var consentDate: String?
    var createdAt: String?
    var applications: [ApplicationJSON]?
    var lastDecision: DecisionJSON??
    var email: String??
    var phone: String??
    var group: String??
    var notes: String??

    init(_ candidate: Candidate, applications: [CandidateOverview.Progress]?, lastDecision: DecisionRecord??, contacts: Bool) {
        id = candidate.id.rawValue
        name = candidate.name
        if let applications {
            source = .some(candidate.source)
            consentDate = candidate.consentDate.description
            createdAt = StoreTime.format(candidate.createdAt)
            self.applications = applications.map { ApplicationJSON(profile: $0.profile, stagesDone: $0.stagesDone, stagesPlanned: $0.stagesPlanned) }
            self.lastDecision = .some(lastDecision.flatMap { $0 }.map {
                DecisionJSON(profile: $0.profile, decision: $0.decision.rawValue, decidedAt: StoreTime.format($0.decidedAt))
            })
        }
        if contacts {
            email = .some(candidate.email)
            phone = .some(candidate.phone)
            group = .some(candidate.fairnessGroup)
            notes = .some(candidate.notes)
        }
    }

    private enum Keys: String, CodingKey {
        case id, name, source, consentDate, createdAt, applications, lastDecision, email, phone, group, notes
    }

    /// Fields the reader may see are always present (`null` when not recorded); the others are left out.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try Self.encode(source, .source, in: &container)
        try container.encodeIfPresent(consentDate, forKey: .consentDate)
        try container.encodeIfPresent(createdAt, forKey: .createdAt)
        try container.encodeIfPresent(applications, forKey: .applications)
        try Self.encode(lastDecision, .lastDecision, in: &container)
        for (value, key) in [(email, Keys.email), (phone, .phone), (group, .group), (notes, .notes)] {
            try Self.encode(value, key, in: &container)
        }
    }

    private static func encode<T: Encodable>(_ value: T??, _ key: Keys, in container: inout KeyedEncodingContainer<Keys>) throws {
        guard let value else { return }
        try container.encode(value, forKey: key)
    }
}
