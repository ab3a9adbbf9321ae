import Foundation
import OtborCore

/// Reads a candidates × assessors ``RatingsTable`` from CSV text (`otbor stats agreement`).
///
/// The first row names the assessors (its first cell is the header of the label column); every
/// other row is a candidate: a label, then one rating per assessor. An empty cell is a missing
/// rating. Cells are separated by commas or semicolons (whichever the header uses; with semicolons
/// a decimal comma such as `3,5` is accepted) and may be quoted with `"` (`""` inside quotes is a
/// quote). Blank rows and rows whose cells are all empty are skipped.
public enum RatingsCSV {
    /// A problem in the text, at a 1-based line.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }

        /// `LINE: error: message`; prefix it with the file name.
        public var description: String { "\(line): error: \(message)" }
    }

    /// The first line (1-based) of `data` with more than `limit` bytes, found without decoding it.
    public static func firstLine(longerThan limit: Int, in data: Data) -> Int? {
        var line = 1, length = 0
        for byte in data {
            if byte == UInt8(ascii: "\n") {
                line += 1
                length = 0
            } else {
                length += 1
                if length > limit { return line }
            }
        }
        return nil
    }

    /// Parses CSV text; throws the first problem found.
    public static func table(_ text: String) throws(ParseError) -> RatingsTable {
        let records = try CSVRecords.records(in: text)
        guard let header = records.first else {
            throw ParseError(line: 1, message: "the file is empty; expected a header row: "
                + "a label column, then one column per assessor")
        }
        guard header.cells.count >= 3 else {
            throw ParseError(line: header.line, message: "the header names \(header.cells.count - 1) assessor(s); "
                + "at least 2 are needed (a label column, then one column per assessor, separated by ',' or ';')")
        }
        var seen: Set<String> = []
        for (column, name) in header.cells.enumerated().dropFirst() {
            guard !name.isEmpty else {
                throw ParseError(line: header.line, message: "column \(column + 1) of the header has no assessor name")
            }
            guard seen.insert(name).inserted else {
                throw ParseError(line: header.line, message: "assessor '\(name)' appears twice in the header")
            }
        }
        let assessors = Array(header.cells.dropFirst())
        var candidates: [String] = [], ratings: [[Double?]] = []
        for record in records.dropFirst() {
            guard record.cells.count == header.cells.count else {
                throw ParseError(line: record.line, message: "this row has \(record.cells.count) cells but the header has "
                    + "\(header.cells.count); every row needs a label and one rating per assessor "
                    + "(leave a cell empty for a missing rating)")
            }
            var row: [Double?] = []
            for (offset, cell) in record.cells.dropFirst().enumerated() {
                if cell.isEmpty { row.append(nil); continue }
                guard let value = number(cell, decimalComma: record.separator == ";") else {
                    throw ParseError(line: record.line,
                                     message: "the rating '\(cell)' by '\(assessors[offset])' is not a number")
                }
                guard abs(value) <= Self.largestRating else {
                    throw ParseError(line: record.line,
                                     message: "the rating '\(cell)' by '\(assessors[offset])' is too large: its square would "
                                        + "overflow the statistics; ratings must lie within ±\(Self.largestRatingText)")
                }
                row.append(value)
            }
            candidates.append(record.cells[0])
            ratings.append(row)
        }
        guard ratings.count >= 2 else {
            let line = records.last?.line ?? header.line
            throw ParseError(line: line,
                             message: "the table has \(ratings.count) candidate row(s); at least 2 are needed")
        }
        return RatingsTable(labelHeader: header.cells[0], assessors: assessors, candidates: candidates, ratings: ratings)
    }

    /// The largest rating magnitude the statistics take: sums of squares of a table of ratings
    /// stay far from overflow.
    static let largestRating = 1e12
    static let largestRatingText = "1e12"

    /// A finite decimal number; hexadecimal, `nan` and `inf` are refused.
    private static func number(_ cell: String, decimalComma: Bool) -> Double? {
        var text = cell
        if decimalComma && !text.contains(".") { text = text.replacingOccurrences(of: ",", with: ".") }
        let allowed = Set("0123456789+-.eE")
        guard text.allSatisfy({ allowed.contains($0) }), let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
