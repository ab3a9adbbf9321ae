import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// The change feed (``ChangeFeed``) a live board listens to: a committed write that changes a
/// board is heard, with its subject; a write rolled back is not.
struct ChangeFeedStoreTests {
    @Test("a committed answer (as progress) and submit are heard on the change feed, a refused (rolled-back) write is not, the next committed write is",
          arguments: StoreEngine.all)
    func committedOnly(engine: StoreEngine) async throws {
        let (temp, session) = try await AnswerFitTests.open(engine)
        let candidate = try await temp.store.candidateID(of: try await temp.store.session(session))
        var heard = temp.store.changeFeed.changes().makeAsyncIterator()
        if engine.name == StoreEngine.postgres.name {
            // The listening connection is up: from here on every commit is heard.
            #expect(await heard.next() == .resumed)
        }
        // An answer saved is heard as progress of its session, which a board may show a little later.
        try await temp.store.record(ImportTests.answer("conflict", .rating(4)), session: session)
        let saved = await heard.next()
        #expect(saved == StoreChange(subject: "answer:\(session)"))
        #expect(saved?.isProgress == true && saved?.target?.value == "\(session)")
        try await temp.store.submit(session: session, addingSeconds: 0)
        let submitted = await heard.next()
        #expect(submitted == StoreChange(subject: "session:\(session)"))
        #expect(submitted?.isProgress == false)

        // Refused inside its transaction (the session is locked; on PostgreSQL after its
        // `pg_notify`): rolled back, so nothing is heard; nor of a refused answer …
        await #expect(throws: StoreError.sessionLocked(session)) { try await temp.store.removeRedFlag("rude", session: session) }
        await #expect(throws: StoreError.sessionLocked(session)) {
            try await temp.store.record(ImportTests.answer("conflict", .rating(3)), session: session)
        }
        // … and the next change heard is the next committed write.
        #expect(try await temp.store.declareConflict(candidate: candidate, login: "second", reason: .knows))
        #expect(await heard.next() == StoreChange(subject: "candidate:\(candidate)"))
    }

    @Test("every open stream hears every change, in order")
    func fanOut() async throws {
        let feed = LocalChangeFeed()
        var first = feed.changes().makeAsyncIterator()
        var second = feed.changes().makeAsyncIterator()
        #expect(feed.listeners == 2)
        for subject in ["session:1", "sitting:group-a"] { feed.signal(StoreChange(subject: subject)) }
        var heard: [[String]] = [[], []]
        for _ in 0..<2 {
            heard[0].append(await first.next()?.subject ?? "")
            heard[1].append(await second.next()?.subject ?? "")
        }
        #expect(heard == [["session:1", "sitting:group-a"], ["session:1", "sitting:group-a"]])
    }
}
