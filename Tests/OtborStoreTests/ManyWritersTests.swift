import Foundation
import OtborCore
import OtborStore
import OtborStorePostgres
import OtborTestSupport
import Testing

/// Several servers on one PostgreSQL database: 16 writers, each with its own store and connection
/// pool (as 16 `otbor` processes or servers would have), writing answers into one campaign at once.
@Suite("Many writers on one PostgreSQL database")
struct ManyWritersTests {
    static let writers = 16
    static let answersEach = 24

    @Test("16 writers, each with its own pool, save answers at once into their own sessions and one shared session: 0 errors, 0 lost, nothing doubled")
    func sixteenWriters() async throws {
        guard let url = try Self.database() else { return }
        let setup = try PostgresStore(url: url)
        let candidate = try await setup.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2026-11-01"), actor: "hr").id
        var own: [SessionID] = []
        for index in 0..<Self.writers {
            own.append(try await setup.startSession(candidate: candidate, profile: StoreFixture.profile, guide: StoreFixture.guide,
                                                    assessor: "Оценщик \(index)").id)
        }
        let shared = try await setup.startSession(candidate: candidate, profile: StoreFixture.profile, guide: StoreFixture.guide,
                                                  assessor: "Общий").id
        await setup.shutdown()
        let sessions = own

        let ratingSteps = StoreFixture.guide.steps.filter { if case .rating = $0.kind { true } else { false } }
        // Each writer: its own store; every answer to its own session, and every third to the shared one.
        let acknowledged = try await withThrowingTaskGroup(of: (index: Int, own: [String: Int], shared: Int).self) { group in
            for index in 0..<Self.writers {
                group.addTask {
                    let store = try PostgresStore(url: url)
                    var last: [String: Int] = [:], sharedSaves = 0
                    do {
                        for answer in 0..<Self.answersEach {
                            let step = ratingSteps[answer % ratingSteps.count], score = 1 + (index + answer) % 5
                            try await store.record(RecordedAnswer(step: step, value: .rating(score), note: "w\(index) a\(answer)"), session: sessions[index])
                            last[step.key] = score
                            if answer % 3 == 0 {
                                try await store.record(RecordedAnswer(step: step, value: .rating(score)), session: shared)
                                sharedSaves += 1
                            }
                        }
                    } catch {
                        await store.shutdown()
                        throw error
                    }
                    await store.shutdown()
                    return (index, last, sharedSaves)
                }
            }
            var results: [Int: (own: [String: Int], shared: Int)] = [:]
            for try await result in group { results[result.index] = (result.own, result.shared) }
            return results
        }
        #expect(acknowledged.count == Self.writers)

        let check = try PostgresStore(url: url)
        for (index, session) in own.enumerated() {
            let expected = (acknowledged[index]?.own ?? [:]).mapValues { Optional($0) }
            #expect(expected.count == ratingSteps.count)
            #expect(try await check.answers(session: session).ratings == expected, "writer \(index)")
            let lines = try await check.auditLog(subject: "session:\(session)").filter { $0.action == .answerRecord }
            #expect(lines.count == Self.answersEach, "writer \(index): \(lines.count) answer.record lines")
        }
        let sharedLines = try await check.auditLog(subject: "session:\(shared)").filter { $0.action == .answerRecord }.count
        #expect(sharedLines == acknowledged.values.reduce(0) { $0 + $1.shared })
        #expect(Set(try await check.answers(session: shared).ratings.keys) == Set(ratingSteps.map(\.key)))
        await check.shutdown()
        let counts = try Self.cluster.psql(url.database, "SELECT count(*) FROM rating").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(counts == String((Self.writers + 1) * ratingSteps.count), "one row per session and step, none doubled")
    }

    static var cluster: PostgresCluster { get throws { try PostgresCluster.shared() } }

    /// A new database on the test cluster; `nil` (a skip, said on standard error) without PostgreSQL
    /// binaries, unless `OTBOR_REQUIRE_POSTGRES=1`.
    static func database() throws -> PostgresURL? {
        guard let (cluster, name) = try PostgresCluster.testDatabase("many writers") else { return nil }
        return PostgresURL(user: cluster.user, host: cluster.host, port: cluster.port, database: name, sslMode: .disable)
    }
}
