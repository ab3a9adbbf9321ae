import PostgresNIO

/// One shared `String` per distinct text a bulk read repeats (the guide, hash, kind, assessor and
/// status of every session of a campaign), looked up by its bytes: each is made once, not once per
/// row. Consecutive rows mostly repeat a column's text, so each column's last text is compared
/// first, before the texts are hashed. Holds at most ``limit`` texts; beyond that, texts are made afresh.
struct CellTexts {
    static let limit = 4096
    private var known: [ByteBuffer: String] = [:]
    /// Per column: the bytes (a slice of the buffer the row arrived in) and the text of the last
    /// row that asked.
    private var last: [(bytes: ByteBuffer, text: String)?] = []

    /// The text of `bytes` (UTF-8), shared with earlier rows that held the same bytes; `column`
    /// tells which column of the row holds them.
    mutating func text(_ bytes: ByteBuffer, column: Int) -> String {
        if column < last.count, let previous = last[column], previous.bytes == bytes { return previous.text }
        let text: String
        if let shared = known[bytes] {
            text = shared
        } else {
            text = String(buffer: bytes)
            // A copy of its own as the key, so the row's buffer is not kept alive by it.
            if known.count < Self.limit { known[ByteBuffer(string: text)] = text }
        }
        while last.count <= column { last.append(nil) }
        last[column] = (bytes, text)
        return text
    }
}
