import Foundation
import GRDBSQLite

/// Reads one text column of a statement being stepped, giving back one shared `String` for text
/// it has seen recently: a bulk read of sessions repeats the same guide, hash, assessor and time
/// thousands of times, and interning spares both the allocation and the memory.
struct TextInterner {
    private var entries: [(bytes: [UInt8], text: String)] = []
    private var last = 0
    private var next = 0
    /// Texts remembered at once; beyond that the oldest is replaced.
    private let capacity: Int

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// The text in `column` of the current row, or `nil` for NULL.
    mutating func text(_ statement: OpaquePointer, _ column: Int32) -> String? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL, let pointer = sqlite3_column_text(statement, column) else {
            return nil
        }
        let count = Int(sqlite3_column_bytes(statement, column))
        func matches(_ index: Int) -> Bool {
            entries[index].bytes.count == count
                && entries[index].bytes.withUnsafeBufferPointer { $0.baseAddress.map { memcmp($0, pointer, count) == 0 } ?? true }
        }
        if last < entries.count, matches(last) { return entries[last].text }
        for index in entries.indices where matches(index) {
            last = index
            return entries[index].text
        }
        let bytes = Array(UnsafeBufferPointer(start: pointer, count: count))
        let text = String(decoding: bytes, as: UTF8.self)
        if entries.count < capacity {
            last = entries.count
            entries.append((bytes, text))
        } else {
            last = next
            entries[next] = (bytes, text)
            next = (next + 1) % capacity
        }
        return text
    }
}
