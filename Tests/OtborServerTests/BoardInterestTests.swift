import OtborStore
@testable import OtborServer
import Testing

/// Which changes wake a live board: its own sitting, sessions and candidates, and anything the rule
/// does not know; never another sitting's answers.
struct BoardInterestTests {
    static let interest = BoardInterest(sitting: "group-7", sessions: ["12", "13"], candidates: ["4"])

    @Test("a change concerns the board only when it names the board's sitting, session or candidate", arguments: [
        ("session:12", true), ("session:13", true), ("session:120", false), ("session:1", false),
        ("answer:12", true), ("answer:99", false),
        ("candidate:4", true), ("candidate:44", false),
        ("sitting:group-7", true), ("sitting:group-8", false),
        ("application:9", true), ("feed:resumed", true), ("no-colon", true),
    ])
    func concerns(subject: String, expected: Bool) {
        #expect(Self.interest.concerns(StoreChange(subject: subject)) == expected)
    }

    @Test("once the board is read, another sitting's answers do not wake its stream; its own and a resumed feed do")
    func wakes() async throws {
        let feed = ScriptedFeed()
        let wakes = BoardWakes(feed: feed, tick: .seconds(3600))
        defer { wakes.stop() }
        wakes.attend(Self.interest)
        feed.send("session:99")
        feed.send("candidate:5")
        feed.send("session:12")
        #expect(await wakes.next() == .change)
        feed.send("session:98")
        feed.send(StoreChange.resumed.subject)
        #expect(await wakes.next() == .change)
        // An answer saved in one of its sessions wakes it as progress, another sitting's not at all.
        feed.send("answer:99")
        feed.send("answer:13")
        #expect(await wakes.next() == .progress)
        feed.send("session:13")
        #expect(await wakes.next() == .change)
        // Nothing else is pending: the last wake was its own session, not the other sitting's answer.
        feed.send("session:97")
        let next = Task { await wakes.next() }
        try await Task.sleep(for: .milliseconds(200))
        wakes.stop()
        #expect(await next.value == nil)
    }
}

/// A change feed the test writes to.
private final class ScriptedFeed: ChangeFeed, @unchecked Sendable {
    private let stream: AsyncStream<StoreChange>
    private let continuation: AsyncStream<StoreChange>.Continuation

    init() { (stream, continuation) = AsyncStream.makeStream(of: StoreChange.self) }

    func changes() -> AsyncStream<StoreChange> { stream }
    func send(_ subject: String) { continuation.yield(StoreChange(subject: subject)) }
}
