import Foundation
import OtborCore
import OtborStore
import PostgresNIO

/// Reads a row's columns in order straight from their bytes, for the bulk reads (hundreds of
/// thousands of rows): integers, floats and arrays of `int4` in PostgreSQL's binary format, text
/// as its UTF-8 bytes. postgres-nio's generic decoding instantiates type metadata per column per
/// row; any other type or format still goes through it.
struct CellReader {
    private var cells: PostgresRow.Iterator
    /// The index of the next column.
    private var column = 0

    init(_ row: PostgresRow) {
        cells = row.makeIterator()
    }

    private mutating func cell() throws -> PostgresCell {
        guard let cell = cells.next() else { throw StoreError.invalid("the database answered with fewer columns than asked for") }
        column += 1
        return cell
    }

    /// An integer column (`int2`, `int4`, `int8`).
    mutating func int() throws -> Int64 {
        let cell = try cell()
        guard cell.format == .binary, var bytes = cell.bytes else { return try cell.decode(Int64.self) }
        switch (cell.dataType, bytes.readableBytes) {
        case (.int8, 8): return bytes.readInteger(as: Int64.self)!
        case (.int4, 4): return Int64(bytes.readInteger(as: Int32.self)!)
        case (.int2, 2): return Int64(bytes.readInteger(as: Int16.self)!)
        default: return try cell.decode(Int64.self)
        }
    }

    /// A `float8` column.
    mutating func double() throws -> Double {
        let cell = try cell()
        guard cell.format == .binary, cell.dataType == .float8, var bytes = cell.bytes, bytes.readableBytes == 8 else {
            return try cell.decode(Double.self)
        }
        return Double(bitPattern: bytes.readInteger(as: UInt64.self)!)
    }

    /// A text column that may be `NULL`.
    mutating func optionalText() throws -> String? {
        let cell = try cell()
        guard cell.dataType == .text || cell.dataType == .varchar else { return try cell.decode(String?.self) }
        return cell.bytes.map { String(buffer: $0) }
    }

    /// A text column that may be `NULL`, shared through `texts` with earlier rows that held it.
    mutating func optionalText(sharing texts: inout CellTexts) throws -> String? {
        let cell = try cell()
        guard cell.dataType == .text || cell.dataType == .varchar else { return try cell.decode(String?.self) }
        return cell.bytes.map { texts.text($0, column: column) }
    }

    /// A text column, shared through `texts` with earlier rows that held it.
    mutating func text(sharing texts: inout CellTexts) throws -> String {
        guard let text = try optionalText(sharing: &texts) else { throw StoreError.invalid("the database holds NULL where a text is required") }
        return text
    }

    /// A text column holding a stored time (``StoreTime``), parsed from its bytes: `nil` for
    /// `NULL`; `unreadable` gets the text when it is not such a time.
    mutating func optionalTime(unreadable: (String) -> StoreError) throws -> Date? {
        let cell = try cell()
        guard cell.dataType == .text || cell.dataType == .varchar, let bytes = cell.bytes else {
            guard let text = try cell.decode(String?.self) else { return nil }
            guard let date = StoreTime.parse(text) else { throw unreadable(text) }
            return date
        }
        if let date = bytes.withUnsafeReadableBytes({ StoreTime.parse($0.assumingMemoryBound(to: UInt8.self)) }) { return date }
        throw unreadable(String(buffer: bytes))
    }

    /// The bytes of a column that is not `NULL`, as sent.
    mutating func bytes() throws -> ByteBuffer {
        guard let bytes = try cell().bytes else { throw StoreError.invalid("the database holds NULL where a value is required") }
        return bytes
    }

    /// A text column.
    mutating func text() throws -> String {
        guard let text = try optionalText() else { throw StoreError.invalid("the database holds NULL where a text is required") }
        return text
    }

    /// Each element of a one-dimensional `int8[]` without NULLs (nothing for `NULL` or an empty array).
    mutating func int8Array(_ body: (Int64) -> Void) throws {
        let cell = try cell()
        guard cell.format == .binary, cell.dataType == .int8Array else { return try cell.decode([Int64]?.self)?.forEach(body) ?? () }
        try Self.elements(of: cell, as: Int64.self, body)
    }

    /// Each element of a one-dimensional `int4[]` without NULLs (nothing for `NULL` or an empty array).
    mutating func int4Array(_ body: (Int32) -> Void) throws {
        let cell = try cell()
        guard cell.format == .binary, cell.dataType == .int4Array else { return try cell.decode([Int32]?.self)?.forEach(body) ?? () }
        try Self.elements(of: cell, as: Int32.self, body)
    }

    /// Each element of a one-dimensional `float8[]` without NULLs (nothing for `NULL` or an empty array).
    mutating func float8Array(_ body: (Double) -> Void) throws {
        let cell = try cell()
        guard cell.format == .binary, cell.dataType == .float8Array else { return try cell.decode([Double]?.self)?.forEach(body) ?? () }
        try Self.elements(of: cell, as: UInt64.self) { body(Double(bitPattern: $0)) }
    }

    /// The elements of a binary one-dimensional array of a fixed-width type without NULLs, each as
    /// its bits; nothing for `NULL`, an empty array or more than one dimension.
    private static func elements<Bits: FixedWidthInteger>(of cell: PostgresCell, as: Bits.Type, _ body: (Bits) -> Void) throws {
        guard var bytes = cell.bytes else { return }
        let unreadable = StoreError.invalid("the database sent an unreadable array")
        guard let dimensions = bytes.readInteger(as: Int32.self), bytes.readInteger(as: Int32.self) != nil,
              bytes.readInteger(as: Int32.self) != nil else { throw unreadable }
        guard dimensions == 1 else { return }
        guard let count = bytes.readInteger(as: Int32.self), bytes.readInteger(as: Int32.self) != nil else { throw unreadable }
        for _ in 0..<count {
            guard bytes.readInteger(as: Int32.self) == Int32(MemoryLayout<Bits>.size), let value = bytes.readInteger(as: Bits.self) else {
                throw unreadable
            }
            body(value)
        }
    }
}
