import Foundation
import GRDBSQLite
import OtborCore
import OtborStore

/// The current row of a statement being stepped, read by column position: the one way this engine
/// decodes its entity tables (``CandidateRows``, ``ApplicationRows``, ``SessionRows``,
/// ``AuditRows``), for a single record and for millions alike. Repeated text is interned.
struct RowReader {
    let handle: OpaquePointer
    let table: String
    var text: [TextInterner]
    /// The last time read in each column: a bulk read meets the same timestamps again and again.
    private var times: [(text: String, date: Date)?]

    init(handle: OpaquePointer, table: String, columns: Int, capacity: Int = 8) {
        self.handle = handle
        self.table = table
        text = (0..<columns).map { _ in TextInterner(capacity: capacity) }
        times = Array(repeating: nil, count: columns)
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    func id<Entity>(_ column: Int32) -> EntityID<Entity> { EntityID(int64(column)) }

    mutating func string(_ column: Int32) -> String? { text[Int(column)].text(handle, column) }

    mutating func required(_ column: Int32) throws -> String {
        guard let value = string(column) else { throw damaged(column, "is empty") }
        return value
    }

    mutating func time(_ column: Int32) throws -> Date {
        guard let value = try optionalTime(column) else { throw damaged(column, "is empty") }
        return value
    }

    mutating func optionalTime(_ column: Int32) throws -> Date? {
        guard let text = string(column) else { return nil }
        if let last = times[Int(column)], last.text == text { return last.date }
        guard let date = StoreTime.parse(text) else { throw damaged(column, "holds '\(text.prefix(40))', not a time") }
        times[Int(column)] = (text, date)
        return date
    }

    mutating func day(_ column: Int32) throws -> CalendarDate? {
        guard let text = string(column) else { return nil }
        guard let day = CalendarDate(String(text.prefix(10))) else { throw damaged(column, "holds '\(text.prefix(40))', not a date") }
        return day
    }

    private func damaged(_ column: Int32, _ problem: String) -> StoreError {
        let name = sqlite3_column_name(handle, column).map { String(cString: $0) } ?? "column \(column)"
        return StoreError.invalid("the database is damaged: \(table) \(int64(0)) \(name) \(problem)")
    }
}
