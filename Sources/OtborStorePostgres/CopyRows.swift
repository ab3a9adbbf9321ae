import PostgresNIO

/// Rows of `COPY`'s text format, sent in chunks of about a megabyte.
struct CopyRows {
    private var buffer = ByteBuffer()

    var full: Bool { buffer.readableBytes >= 1 << 20 }

    /// One row; `nil` is SQL NULL. Backslash, tab, newline and carriage return are escaped.
    mutating func add(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            guard let field else {
                buffer.writeString("\\N")
                continue
            }
            if field.utf8.contains(where: { $0 == 92 || $0 == 9 || $0 == 10 || $0 == 13 }) {
                buffer.writeString(field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                    .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r"))
            } else {
                buffer.writeString(field)
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    mutating func send(_ writer: PostgresCopyFromWriter) async throws {
        guard buffer.readableBytes > 0 else { return }
        try await writer.write(buffer)
        buffer = ByteBuffer()
    }
}
