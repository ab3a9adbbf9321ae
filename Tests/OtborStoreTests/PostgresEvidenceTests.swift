import Foundation
import OtborCore
import OtborStore
import OtborStorePostgres
import OtborTestSupport
import Testing

/// The PostgreSQL engine's bulk read of the evidence: a whole profile's ratings and candidates come
/// over a second connection on the read's snapshot, the ratings aggregated per session with the
/// steps as one text (not filtered by profile on the server when the campaign has no other, and
/// then a row per block of sessions); one candidate's come over the read's own connection. Both
/// must give the same sheets; the sessions, read in blocks for a whole profile, the same sessions.
@Suite(.enabled(if: PostgresCluster.binaries != nil || PostgresCluster.required, "no PostgreSQL server binaries"))
struct PostgresEvidenceTests {
    static let ratings: [(q1: Int?, q2: Int?)] = [(4, nil), (2, 5), (nil, 3)]

    @Test("a whole profile's evidence gives each candidate the sheets their own read gives; a step not in the guide is left out")
    func wholeProfileMatchesEachCandidate() async throws {
        let cluster = try PostgresCluster.shared()
        let database = try cluster.createDatabase()
        let store = try PostgresStore(url: PostgresURL(user: cluster.user, host: cluster.host, port: cluster.port, database: database,
                                                       sslMode: .disable))
        var candidates: [CandidateID] = []
        for (index, scores) in Self.ratings.enumerated() {
            let candidate = try await store.addCandidate(NewCandidate(name: "Кандидат \(index)", consentDate: "2026-11-01"), actor: "hr").id
            // Each session in a block of ratings of its own (EvidenceRatings.fetchBlocks).
            _ = try cluster.psql(database, """
                SELECT setval(pg_get_serial_sequence('session', 'id'), \(index * 300 + 1))
                """)
            let session = try await store.startSession(candidate: candidate, profile: StoreFixture.profile, guide: StoreFixture.guide,
                                                       assessor: "Мария")
            for (item, score) in [("q1", scores.q1), ("q2", scores.q2)] {
                try await store.record(RecordedAnswer(step: InterviewStep(item: item, kind: .rating(criterion: nil)), value: .rating(score),
                                                      note: ""), session: session.id)
            }
            // A rating row of a step the recorded guide does not have (written past the store).
            _ = try cluster.psql(database, """
                INSERT INTO rating (sessionId, step, score, answeredAt) VALUES (\(session.id.rawValue), 'gone', 1, '2026-11-02T10:00:00.000Z')
                """)
            try await store.submit(session: session.id)
            candidates.append(candidate)
        }
        let whole = try await store.evidence(profile: StoreFixture.profile.id)
        #expect(whole.map(\.candidate.id) == candidates)
        for (index, candidate) in candidates.enumerated() {
            let alone = try #require(try await store.evidence(profile: StoreFixture.profile.id, candidate: candidate).first)
            let sheets = whole[index].stages.flatMap(\.sheets)
            #expect(sheets == alone.stages.flatMap(\.sheets))
            // The whole profile's sessions come in blocks, one candidate's a row each.
            #expect(whole[index].sessions == alone.sessions && alone.sessions.count == 1)
            let values = Dictionary(sheets.flatMap(\.ratings).map { ($0.item, $0.value) }, uniquingKeysWith: { first, _ in first })
            #expect(values["q1"] == .some(Self.ratings[index].q1.map(Double.init)))
            #expect(values["q2"] == .some(Self.ratings[index].q2.map(Double.init)))
            #expect(values["gone"] == nil)
        }
        await store.shutdown()
    }

    /// A campaign of one profile is read without the server filtering ratings by profile; one of
    /// two profiles with it. Either way an open session's ratings and another profile's stay out.
    @Test("a whole profile's evidence leaves out an open session and another profile's candidate", arguments: [false, true])
    func leavesOutWhatIsNotThisProfiles(twoProfiles: Bool) async throws {
        let cluster = try PostgresCluster.shared()
        let database = try cluster.createDatabase()
        let store = try PostgresStore(url: PostgresURL(user: cluster.user, host: cluster.host, port: cluster.port, database: database,
                                                       sslMode: .disable))
        var other = StoreFixture.profile
        other.id = "other"
        func rate(_ name: String, profile: JobProfile, scores: (Int, Int), submit: Bool) async throws -> CandidateID {
            let candidate = try await store.addCandidate(NewCandidate(name: name, consentDate: "2026-11-01"), actor: "hr").id
            let session = try await store.startSession(candidate: candidate, profile: profile, guide: StoreFixture.guide, assessor: "Мария")
            for (item, score) in [("q1", scores.0), ("q2", scores.1)] {
                try await store.record(RecordedAnswer(step: InterviewStep(item: item, kind: .rating(criterion: nil)), value: .rating(score),
                                                      note: ""), session: session.id)
            }
            if submit { try await store.submit(session: session.id) }
            return candidate
        }
        let rated = try await rate("Кандидат", profile: StoreFixture.profile, scores: (4, 2), submit: true)
        let open = try await rate("Открытый", profile: StoreFixture.profile, scores: (5, 5), submit: false)
        let elsewhere = twoProfiles ? try await rate("Другой", profile: other, scores: (1, 3), submit: true) : nil

        let whole = try await store.evidence(profile: StoreFixture.profile.id)
        #expect(whole.map(\.candidate.id) == [rated, open])
        let values = whole[0].stages.flatMap(\.sheets).flatMap(\.ratings).map { "\($0.item)=\($0.value.map { String($0) } ?? "-")" }
        #expect(values.sorted() == ["q1=4.0", "q2=2.0"])
        #expect(whole[1].stages.flatMap(\.sheets).isEmpty)
        if let elsewhere {
            let theirs = try await store.evidence(profile: other.id)
            #expect(theirs.map(\.candidate.id) == [elsewhere])
            let values = theirs[0].stages.flatMap(\.sheets).flatMap(\.ratings).map { "\($0.item)=\($0.value.map { String($0) } ?? "-")" }
            #expect(values.sorted() == ["q1=1.0", "q2=3.0"])
        }
        await store.shutdown()
    }
}
