import Foundation
import OtborCore
import OtborStore
import PostgresNIO

/// One row of ``PostgresStore/sessionsInBlocks(_:where:)``: per session its id, application,
/// planned minutes, active seconds, which texts are `NULL` (``nulls``) and its texts (``texts``).
struct SessionBlock {
    /// A bit per text that may be `NULL`: group run 1, cursor 2, submitted 4, navigation 8.
    static let nulls = """
        ((session.groupRun IS NULL)::int4 + 2 * (session.cursor IS NULL)::int4 + 4 * (session.submittedAt IS NULL)::int4 \
        + 8 * (session.navigation IS NULL)::int4)
        """
    /// A session's texts joined by the unit separator (chr 30 between fields, chr 31 between sessions).
    static let texts = """
        concat_ws(chr(30), session.guide, session.guideHash, session.stageKind, session.assessor, coalesce(session.groupRun, ''), \
        session.status, coalesce(session.cursor, ''), session.startedAt, session.updatedAt, coalesce(session.submittedAt, ''), \
        coalesce(session.navigation, ''))
        """
    /// Texts per session in ``texts``.
    static let fields = 11

    var ids: [Int64] = [], applications: [Int64] = [], minutes: [Int64] = [], seconds: [Double] = [], nulls: [Int64] = []
    var texts = ByteBuffer()

    /// Takes the row's six columns, in the order ``PostgresStore/sessionsInBlocks(_:where:)`` selects them.
    mutating func read(_ cells: inout CellReader) throws {
        ids.removeAll(keepingCapacity: true)
        applications.removeAll(keepingCapacity: true)
        minutes.removeAll(keepingCapacity: true)
        seconds.removeAll(keepingCapacity: true)
        nulls.removeAll(keepingCapacity: true)
        try cells.int8Array { ids.append($0) }
        try cells.int8Array { applications.append($0) }
        try cells.int8Array { minutes.append($0) }
        try cells.float8Array { seconds.append($0) }
        try cells.int4Array { nulls.append(Int64($0)) }
        texts = try cells.bytes()
    }

    /// Each session of the block to `body`; `false` (and none) when its arrays and texts do not line up.
    func sessions(texts shared: inout CellTexts, _ body: (InterviewSession) -> Void) throws -> Bool {
        let count = ids.count
        guard applications.count == count, minutes.count == count, seconds.count == count, nulls.count == count else { return false }
        // Where each field ends: ``fields`` per session, the last of each followed by chr 31 (or the end).
        var ends: [Int] = []
        ends.reserveCapacity(count * Self.fields)
        let linedUp = texts.withUnsafeReadableBytes { bytes -> Bool in
            for (offset, byte) in bytes.enumerated() where byte == 30 || byte == 31 {
                guard (byte == 31) == (ends.count % Self.fields == Self.fields - 1) else { return false }
                ends.append(offset)
            }
            ends.append(bytes.count)
            return ends.count == count * Self.fields
        }
        guard linedUp else { return false }
        for index in 0..<count {
            let base = index * Self.fields
            func field(_ number: Int) -> ByteBuffer {
                let start = base + number == 0 ? 0 : ends[base + number - 1] + 1
                return texts.getSlice(at: texts.readerIndex + start, length: ends[base + number] - start)!
            }
            func text(_ number: Int, null bit: Int64 = 0) -> String? {
                bit != 0 && nulls[index] & bit != 0 ? nil : shared.text(field(number), column: number)
            }
            func time(_ number: Int, null bit: Int64 = 0) throws -> Date? {
                guard bit == 0 || nulls[index] & bit == 0 else { return nil }
                let bytes = field(number)
                if let date = bytes.withUnsafeReadableBytes({ StoreTime.parse($0.assumingMemoryBound(to: UInt8.self)) }) { return date }
                throw PostgresRows.damaged("session", ids[index], "time '\(String(buffer: bytes).prefix(40))'")
            }
            let navigation = nulls[index] & 8 != 0 ? nil : String(buffer: field(10))
            body(try PostgresRows.session(
                id: ids[index], application: applications[index], guide: text(0)!, guideHash: text(1)!, kind: text(2)!,
                assessor: text(3)!, groupRun: text(4, null: 1), planned: minutes[index], active: seconds[index], status: text(5)!,
                cursor: text(6, null: 2), started: try time(7), updated: try time(8), submitted: try time(9, null: 4),
                navigation: navigation))
        }
        return true
    }
}
