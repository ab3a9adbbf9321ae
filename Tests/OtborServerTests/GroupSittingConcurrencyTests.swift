import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServices
import OtborTestSupport
import Testing

/// A group sitting scored at once: 3 observers × 5 candidates × every step of `mixed`, each observer
/// saving through the API in a task of its own, all at the same time, in an order shuffled by a
/// seed. Every answer lands in its own session and nowhere else; then each wash-up shows exactly
/// the observers' ratings, and each candidate's scorecard served equals `otbor score --format json`.
struct GroupSittingConcurrencyTests {
    static let observers = ["assessor", "second", "third"]

    /// The rating `observer` gives `candidate` (by position) on the rating step at `step`: spread
    /// so that a crossed answer shows.
    static func rating(_ observer: Int, _ candidate: Int, _ step: Int) -> Int { 1 + (observer * 7 + candidate * 3 + step) % 5 }

    /// The answer body: the rating steps get the spread ratings and a note naming both; the other
    /// steps the fixed answers.
    static func body(_ observer: Int, _ candidate: Int, _ step: Int) -> String {
        let answer = InterviewAPITests.answers[step]
        guard ["conflict", "discount/realism"].contains(answer.step) else { return answer.body }
        return #"{"rating": \#(rating(observer, candidate, step)), "note": "o\#(observer) c\#(candidate)"}"#
    }

    @Test("3 observers × 5 candidates saving at once: nothing lost or crossed; the wash-up and scorecards match the CLI",
          arguments: [UInt64(17), 2026])
    func concurrent(seed: UInt64) async throws {
        let fixture = try await ConsoleFixture()
        for login in Self.observers.dropFirst() { try await fixture.account(login, role: .assessor) }
        let candidates = try (1...5).map { try fixture.candidate("Кандидат \($0)") }
        let opened = try await GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library)
            .open(guide: "mixed", profile: "ssm", assignment: GroupAssignment(
                candidates: candidates, observers: Dictionary(uniqueKeysWithValues: Self.observers.map { ($0, candidates) })), actor: "hr")
        let tokens = try Self.observers.map(fixture.token)
        let answers = InterviewAPITests.answers
        try await fixture.test { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (o, login) in Self.observers.enumerated() {
                    var work = candidates.indices.flatMap { c in answers.indices.map { (c, $0) } }
                    var random = SplitMix64(seed: seed &+ UInt64(o))
                    work.shuffle(using: &random)
                    let api = InterviewAPIClient(client: client, token: tokens[o])
                    let sessions = opened.sessions.filter { $0.session.assessor == login }
                    group.addTask {
                        for (c, step) in work {
                            let session = try #require(sessions.first { $0.candidate == candidates[c] }).session.id.rawValue
                            let response = try await api.put(session, answers[step].step, Self.body(o, c, step))
                            #expect(response.status == .ok, "\(String(buffer: response.body))")
                        }
                        for entry in sessions {
                            #expect(try await api.call(.post, "/api/v1/interviews/\(entry.session.id)/submit").status == .ok)
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        // Every session holds exactly its own observer's answers for its own candidate.
        for entry in opened.sessions {
            let o = try #require(Self.observers.firstIndex(of: entry.session.assessor))
            let c = try #require(candidates.firstIndex(of: entry.candidate))
            let stored = try fixture.store.answers(session: entry.session.id)
            #expect(stored.ratings["conflict"] == Self.rating(o, c, 0) && stored.ratings["discount/realism"] == Self.rating(o, c, 3))
            #expect(try fixture.store.notes(session: entry.session.id)["conflict"] == "o\(o) c\(c)")
            #expect(try fixture.store.session(entry.session.id).status == .submitted)
        }
        #expect(try fixture.store.auditLog(subject: nil).filter { $0.action == .answerRecord }.count == 3 * 5 * answers.count)
        try await fixture.test { client in
            let hr = InterviewAPIClient(client: client, token: try fixture.token("hr"))
            for (c, candidate) in candidates.enumerated() {
                let washup = try InterviewAPIClient.object(try await hr.call(.get, "/api/v1/candidates/\(candidate)/washup?stage=mixed"))
                let planning = try #require((washup["scores"] as? [[String: Any]])?.first { $0["competency"] as? String == "planning" })
                let ratings = try #require(planning["ratings"] as? [String: Double])
                // `planning` is rated by `discount/realism` and by the `responsibility` classification (fixed for all).
                #expect(Set(ratings.keys) == Set(Self.observers))
                for o in Self.observers.indices {
                    let next = (o + 1) % 3
                    let higher = (ratings[Self.observers[o]] ?? 0) > (ratings[Self.observers[next]] ?? 0)
                    #expect(higher == (Self.rating(o, c, 3) > Self.rating(next, c, 3)))
                }
                let served = try await hr.call(.get, "/api/v1/candidates/\(candidate)/scorecard")
                let printed = try OtborProcess.run(["score", "--candidate", candidate.description, "--format", "json",
                                                    "--database", fixture.folder.file("console.sqlite").path,
                                                    "--workspace", OtborProcess.repository.path])
                #expect(printed.status == 0, "\(printed.stderr)")
                #expect(try JSONSerialization.jsonObject(with: Data(buffer: served.body)) as? NSDictionary == (try printed.json() as? NSDictionary))
            }
        }
    }
}
