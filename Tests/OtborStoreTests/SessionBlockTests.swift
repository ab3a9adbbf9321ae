import NIOCore
import OtborCore
import OtborStore
@testable import OtborStorePostgres
import Testing

/// A row of the PostgreSQL engine's block read of the sessions, taken apart: each session's
/// numbers and texts, `NULL`s by their bits, and a text that holds a separator refused (the read
/// then asks a row per session).
struct SessionBlockTests {
    static let started = "2026-11-02T10:00:00.000Z", updated = "2026-11-02T10:20:00.500Z"

    /// The eleven texts of a session, in ``SessionBlock/texts`` order.
    static func texts(assessor: String, groupRun: String, cursor: String, submitted: String, navigation: String) -> [String] {
        ["screen", "ab12", "phone", assessor, groupRun, "submitted", cursor, started, updated, submitted, navigation]
    }

    static func block(_ sessions: [[String]], nulls: [Int64]) -> SessionBlock {
        var block = SessionBlock()
        block.ids = [41, 42]
        block.applications = [7, 8]
        block.minutes = [30, 45]
        block.seconds = [12.5, 0]
        block.nulls = nulls
        block.texts = ByteBuffer(string: sessions.map { $0.joined(separator: "\u{1E}") }.joined(separator: "\u{1F}"))
        return block
    }

    @Test("each session's numbers and texts; a NULL text by its bit, an empty one kept empty")
    func sessions() throws {
        let block = Self.block([
            Self.texts(assessor: "Мария", groupRun: "", cursor: "", submitted: "", navigation: ""),
            Self.texts(assessor: "Олег", groupRun: "g1", cursor: "q2", submitted: Self.updated, navigation: "")
        ], nulls: [1 | 2 | 4 | 8, 8])
        var texts = CellTexts(), read: [InterviewSession] = []
        let linedUp = try block.sessions(texts: &texts) { read.append($0) }
        #expect(linedUp)
        try #require(read.count == 2)
        #expect(read.map(\.id) == [SessionID(41), SessionID(42)])
        #expect(read.map(\.applicationId) == [ApplicationID(7), ApplicationID(8)])
        #expect(read.map(\.plannedMinutes) == [30, 45] && read.map(\.activeSeconds) == [12.5, 0])
        #expect(read.map(\.assessor) == ["Мария", "Олег"] && read.map(\.guide) == ["screen", "screen"])
        #expect(read[0].groupRun == nil && read[0].cursor == nil && read[0].submittedAt == nil && read[0].navigation == nil)
        #expect(read[1].groupRun == "g1" && read[1].cursor == "q2")
        #expect(read[1].submittedAt == StoreTime.parse(Self.updated) && read[1].startedAt == StoreTime.parse(Self.started))
        #expect(read[1].status == .submitted && read[1].stageKind == .phone)
    }

    @Test("a text that holds a separator, or arrays of different lengths: the block does not line up, no session is read",
          arguments: ["\u{1E}", "\u{1F}", "lengths"])
    func notLinedUp(breaker: String) throws {
        let assessor = breaker == "lengths" ? "Олег" : "Ол\(breaker)ег"
        var block = Self.block([
            Self.texts(assessor: "Мария", groupRun: "", cursor: "", submitted: "", navigation: ""),
            Self.texts(assessor: assessor, groupRun: "", cursor: "", submitted: "", navigation: "")
        ], nulls: [15, 15])
        if breaker == "lengths" { block.seconds.removeLast() }
        var texts = CellTexts(), read: [InterviewSession] = []
        let linedUp = try block.sessions(texts: &texts) { read.append($0) }
        #expect(!linedUp && read.isEmpty)
    }
}
