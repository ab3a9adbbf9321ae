import Foundation

/// A candidates × assessors ratings table read from CSV text.
///
/// The first row names the assessors (its first cell is the header of the label column); every
/// other row is a candidate: a label, then one rating per assessor. An empty cell is a missing
/// rating. Cells are separated by commas or semicolons (whichever the header uses; with semicolons
/// a decimal comma such as `3,5` is accepted) and may be quoted with `"` (`""` inside quotes is a
/// quote). Blank rows and rows whose cells are all empty are skipped.
public struct RatingsTable: Sendable, Hashable {
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

    /// The header of the label column.
    public var labelHeader: String
    /// Assessor names, one per rating column.
    public var assessors: [String]
    /// Candidate labels, one per row.
    public var candidates: [String]
    /// `ratings[i][j]`: assessor j's rating of candidate i, `nil` when missing.
    public var ratings: [[Double?]]

    public init(labelHeader: String = "", assessors: [String], candidates: [String], ratings: [[Double?]]) {
        self.labelHeader = labelHeader
        self.assessors = assessors
        self.candidates = candidates
        self.ratings = ratings
    }

    /// The number of missing ratings.
    public var missingCount: Int { ratings.reduce(0) { $0 + $1.filter { $0 == nil }.count } }

    /// The ratings as a complete matrix, or `nil` when any rating is missing.
    public var completeRatings: [[Double]]? {
        var matrix: [[Double]] = []
        for row in ratings {
            let values = row.compactMap { $0 }
            guard values.count == row.count else { return nil }
            matrix.append(values)
        }
        return matrix
    }

    /// Parses CSV text; throws the first problem found.
    public init(csv text: String) throws(ParseError) {
        let records = try CSVReader.records(in: text)
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
        labelHeader = header.cells[0]
        assessors = Array(header.cells.dropFirst())
        candidates = []
        ratings = []
        for record in records.dropFirst() {
            guard record.cells.count == header.cells.count else {
                throw ParseError(line: record.line, message: "this row has \(record.cells.count) cells but the header has "
                    + "\(header.cells.count); every row needs a label and one rating per assessor "
                    + "(leave a cell empty for a missing rating)")
            }
            var row: [Double?] = []
            for (offset, cell) in record.cells.dropFirst().enumerated() {
                if cell.isEmpty { row.append(nil); continue }
                guard let value = Self.number(cell, decimalComma: record.separator == ";") else {
                    throw ParseError(line: record.line,
                                     message: "the rating '\(cell)' by '\(assessors[offset])' is not a number")
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
    }

    /// A finite decimal number; hexadecimal, `nan` and `inf` are refused.
    private static func number(_ cell: String, decimalComma: Bool) -> Double? {
        var text = cell
        if decimalComma && !text.contains(".") { text = text.replacingOccurrences(of: ",", with: ".") }
        let allowed = Set("0123456789+-.eE")
        guard text.allSatisfy({ allowed.contains($0) }), let value = Double(text), value.isFinite else { return nil }
        return value
    }
}

/// The record splitter behind ``RatingsTable``.
private enum CSVReader {
    struct Record {
        var line: Int
        var cells: [String]
        var separator: Unicode.Scalar
    }

    /// Splits text into records of cells (unquoted cells trimmed), with the line each record starts
    /// on; records whose cells are all empty are dropped.
    static func records(in text: String) throws(RatingsTable.ParseError) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = self.separator(scalars)
        var records: [Record] = []
        var cells: [String] = [], cell = String.UnicodeScalarView()
        var quoted = false, wasQuoted = false
        var line = 1, recordLine = 1, quoteLine = 1
        var index = 0

        func endCell() {
            let text = String(cell)
            cells.append(wasQuoted ? text : text.trimmingCharacters(in: .whitespaces))
            cell = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRecord() {
            endCell()
            if cells.contains(where: { !$0.isEmpty }) {
                records.append(Record(line: recordLine, cells: cells, separator: separator))
            }
            cells = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if quoted {
                if scalar == "\"" {
                    if index < scalars.count && scalars[index] == "\"" {
                        cell.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                    continue
                }
                if scalar == "\n" || (scalar == "\r" && (index == scalars.count || scalars[index] != "\n")) {
                    line += 1
                }
                cell.append(scalar)
                continue
            }
            if scalar == "\r" || scalar == "\n" {
                if scalar == "\r" && index < scalars.count && scalars[index] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else if scalar == separator {
                endCell()
            } else if wasQuoted {
                guard scalar == " " || scalar == "\t" else {
                    throw RatingsTable.ParseError(line: line,
                                                  message: "unexpected text after the closing quote of a cell")
                }
            } else if scalar == "\"" && String(cell).allSatisfy({ $0 == " " || $0 == "\t" }) {
                cell = String.UnicodeScalarView()
                quoted = true
                wasQuoted = true
                quoteLine = line
            } else {
                cell.append(scalar)
            }
        }
        if quoted {
            throw RatingsTable.ParseError(line: quoteLine, message: "a quoted cell is never closed")
        }
        if !cell.isEmpty || !cells.isEmpty || wasQuoted { endRecord() }
        return records
    }

    /// The separator of the first record: ';' when it has more unquoted semicolons than commas,
    /// else ','.
    private static func separator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" {
                if commas + semicolons > 0 { break } else { continue }
            }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}
