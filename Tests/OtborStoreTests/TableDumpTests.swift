import Foundation
import OtborStore
import Testing

/// The canonical row form both engines hash a copy by: unambiguous, ordered by primary key
/// whatever the database's collation, and a difference anywhere is a mismatch.
struct TableDumpTests {
    static let table = CampaignTable.all.first { $0.name == "red_flag" }!

    @Test("each value has one tagged form; text and blobs carry their length, so no two rows share a form")
    func canonicalForms() {
        #expect(TableDump.canonicalText([.integer(-42), .real(2.5), .text("да|нет"), .blob(Data([0, 1, 255])), .null])
            == "i-42|r2.5|t11:да|нет|b3:AAH/|-\n")
        #expect(TableDump.canonicalText([.text("a|tb"), .text("")]) != TableDump.canonicalText([.text("a"), .text("b|t")]))
        #expect(TableDump.canonicalText([.real(2)]) != TableDump.canonicalText([.integer(2)]))
    }

    @Test("rows are put in primary-key order: numbers by value, text by UTF-8 bytes (ё after я, Z before a), whatever order they came in")
    func keyOrder() {
        let rows: [[StoreValue]] = [[.integer(10), .text("a"), .text("")], [.integer(2), .text("ё"), .text("")],
                                    [.integer(2), .text("я"), .text("")], [.integer(2), .text("Z"), .text("")]]
        let dump = TableDump(table: Self.table, rows: rows)
        #expect(dump.rows.map { $0[1] } == [.text("Z"), .text("я"), .text("ё"), .text("a")])
        #expect(TableDump(table: Self.table, rows: rows.reversed()).digest == dump.digest)
        #expect(dump.digest.rows == 4 && dump.digest.hash.count == 64)
    }

    @Test("a load read back with one value changed, a row missing or a row added is a mismatch naming both digests")
    func verify() throws {
        let source = [TableDump(table: Self.table, rows: [[.integer(1), .text("late"), .text("")], [.integer(1), .text("rude"), .text("x")]])]
        #expect(try TableDump.verify(source: source, loaded: source) == source.map(\.digest))
        let changed = [TableDump(table: Self.table, rows: [[.integer(1), .text("late"), .text("")], [.integer(1), .text("rude"), .text("y")]])]
        let missing = [TableDump(table: Self.table, rows: [[.integer(1), .text("late"), .text("")]])]
        for loaded in [changed, missing] {
            #expect(throws: CopyError.mismatch(source: source.map(\.digest), loaded: loaded.map(\.digest))) {
                try TableDump.verify(source: source, loaded: loaded)
            }
        }
    }

    @Test("a submitted session is loaded open and listed to submit after its answers; other rows and tables are unchanged")
    func unlocked() {
        let sessions = CampaignTable.all.first { $0.name == "session" }!
        func row(_ id: Int64, _ status: String) -> [StoreValue] {
            sessions.columns.map { $0.name == "id" ? .integer(id) : $0.name == "status" ? .text(status) : .null }
        }
        let (dump, submitted) = TableDump(table: sessions, rows: [row(1, "submitted"), row(2, "paused"), row(3, "submitted")])
            .unlockedForLoading()
        #expect(submitted == [1, 3])
        #expect(dump.rows == [row(1, "open"), row(2, "paused"), row(3, "open")])
        let flags = TableDump(table: Self.table, rows: [[.integer(1), .text("submitted"), .text("")]])
        #expect(flags.unlockedForLoading().dump == flags && flags.unlockedForLoading().submitted.isEmpty)
    }
}
