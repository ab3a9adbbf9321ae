import PostgresNIO

/// One shared `String` per distinct text a bulk read repeats (the guide, hash, kind, assessor and
/// status of every session of a campaign), looked up by its bytes: each is made once, not once per
/// row. Holds at most ``limit`` texts; beyond that, texts are made afresh.
struct CellTexts {
    static let limit = 4096
    private var known: [ByteBuffer: String] = [:]

    /// The text of `bytes` (UTF-8), shared with earlier rows that held the same bytes.
    mutating func text(_ bytes: ByteBuffer) -> String {
        if let text = known[bytes] { return text }
        let text = String(buffer: bytes)
        // A copy of its own as the key, so the row's buffer is not kept alive by it.
        if known.count < Self.limit { known[ByteBuffer(string: text)] = text }
        return text
    }
}
