import Foundation
import OtborCore

/// Turns CSV records into a ``RatingsTable`` one row at a time (``RatingsCSV``): the header's
/// assessors first, then each candidate's ratings, checked as they come.
struct RatingsTableBuilder {
    /// The largest rating magnitude the statistics take: sums of squares of a table of ratings
    /// stay far from overflow.
    static let largestRating = 1e12
    static let largestRatingText = "1e12"

    private var header: CSVRecords.Record?
    private var assessors: [String] = []
    private var candidates: [String] = []
    private var ratings: [[Double?]] = []
    private var lastLine = 1

    /// Takes the next record: the header, then the candidates' rows.
    mutating func add(_ record: CSVRecords.Record) throws(RatingsCSV.ParseError) {
        lastLine = record.line
        guard let header else { return try readHeader(record) }
        guard record.cells.count == header.cells.count else {
            throw RatingsCSV.ParseError(line: record.line, .cellCount(found: record.cells.count, expected: header.cells.count))
        }
        var row: [Double?] = []
        row.reserveCapacity(assessors.count)
        for (offset, cell) in record.cells.dropFirst().enumerated() {
            if cell.isEmpty { row.append(nil); continue }
            guard let value = Self.number(cell, decimalComma: record.separator == ";") else {
                throw RatingsCSV.ParseError(line: record.line, .notANumber(cell: cell, assessor: assessors[offset]))
            }
            guard abs(value) <= Self.largestRating else {
                throw RatingsCSV.ParseError(line: record.line,
                                            .ratingTooLarge(cell: cell, assessor: assessors[offset], limit: Self.largestRatingText))
            }
            row.append(value)
        }
        candidates.append(record.cells[0])
        ratings.append(row)
    }

    /// The table, once every record is in.
    func table() throws(RatingsCSV.ParseError) -> RatingsTable {
        guard let header else { throw RatingsCSV.ParseError(line: 1, .empty) }
        guard ratings.count >= 2 else { throw RatingsCSV.ParseError(line: lastLine, .tooFewCandidates(found: ratings.count)) }
        return RatingsTable(labelHeader: header.cells[0], assessors: assessors, candidates: candidates, ratings: ratings)
    }

    private mutating func readHeader(_ record: CSVRecords.Record) throws(RatingsCSV.ParseError) {
        guard record.cells.count >= 3 else {
            throw RatingsCSV.ParseError(line: record.line, .tooFewAssessors(found: record.cells.count - 1))
        }
        var seen: Set<String> = []
        for (column, name) in record.cells.enumerated().dropFirst() {
            guard !name.isEmpty else { throw RatingsCSV.ParseError(line: record.line, .unnamedColumn(column: column + 1)) }
            guard seen.insert(name).inserted else { throw RatingsCSV.ParseError(line: record.line, .repeatedAssessor(name)) }
        }
        header = record
        assessors = Array(record.cells.dropFirst())
    }

    /// A finite decimal number; hexadecimal, `nan` and `inf` are refused.
    private static func number(_ cell: String, decimalComma: Bool) -> Double? {
        var text = cell
        if decimalComma && !text.utf8.contains(UInt8(ascii: ".")) { text = text.replacingOccurrences(of: ",", with: ".") }
        guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) || "+-.eE".utf8.contains($0) }), let value = Double(text),
              value.isFinite else { return nil }
        return value
    }
}
