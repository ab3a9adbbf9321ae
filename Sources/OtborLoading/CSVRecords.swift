import Foundation

/// The record splitter behind ``RatingsCSV``: lines of CSV text to records of cells, each with the
/// line it starts on, one line at a time. The separator is the first record's: ';' when its line
/// has more unquoted semicolons than commas, else ','; the lines before it is known are kept (at
/// most the first record's).
struct CSVRecords {
    struct Record {
        var line: Int
        var cells: [String]
        var separator: Unicode.Scalar
    }

    private var separator: Unicode.Scalar?
    /// Lines read before the separator is known, and the count of separators met outside quotes.
    private var waiting: [(text: String, number: Int)] = []
    private var commas = 0, semicolons = 0, scanQuoted = false

    private var cells: [String] = [], cell = String.UnicodeScalarView()
    private var quoted = false, wasQuoted = false
    private var recordLine = 1, quoteLine = 1

    /// Takes the next line (without its end) and calls `body` with each record it completes;
    /// records whose cells are all empty are dropped.
    mutating func add(_ text: String, number: Int, _ body: (Record) throws(RatingsCSV.ParseError) -> Void) throws(RatingsCSV.ParseError) {
        guard let separator else {
            waiting.append((text, number))
            for scalar in text.unicodeScalars {
                if scalar == "\"" { scanQuoted.toggle() } else if !scanQuoted && scalar == "," { commas += 1 } else if !scanQuoted && scalar == ";" { semicolons += 1 }
            }
            if !scanQuoted && commas + semicolons > 0 { try release(body) }
            return
        }
        if !quoted { recordLine = number }
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if next == "\"" {
                        cell.append("\"")
                        next = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(scalar)
                }
            } else if scalar == separator {
                endCell()
            } else if wasQuoted {
                guard scalar == " " || scalar == "\t" else { throw RatingsCSV.ParseError(line: number, .textAfterQuote) }
            } else if scalar == "\"" && String(cell).allSatisfy({ $0 == " " || $0 == "\t" }) {
                cell = String.UnicodeScalarView()
                quoted = true
                wasQuoted = true
                quoteLine = number
            } else {
                cell.append(scalar)
            }
        }
        if quoted {
            cell.append("\n")
        } else {
            endCell()
            if cells.contains(where: { !$0.isEmpty }) {
                try body(Record(line: recordLine, cells: cells, separator: separator))
            }
            cells = []
        }
    }

    /// Ends the input: the lines still waiting for a separator, and a quoted cell never closed.
    mutating func finish(_ body: (Record) throws(RatingsCSV.ParseError) -> Void) throws(RatingsCSV.ParseError) {
        if separator == nil { try release(body) }
        if quoted { throw RatingsCSV.ParseError(line: quoteLine, .unclosedQuote) }
    }

    /// Fixes the separator and parses the lines that waited for it.
    private mutating func release(_ body: (Record) throws(RatingsCSV.ParseError) -> Void) throws(RatingsCSV.ParseError) {
        separator = semicolons > commas ? ";" : ","
        let lines = waiting
        waiting = []
        for line in lines { try add(line.text, number: line.number, body) }
    }

    private mutating func endCell() {
        if !wasQuoted {
            while let last = cell.last, Self.isBlank(last) { cell.removeLast() }
            if let first = cell.firstIndex(where: { !Self.isBlank($0) }) { cell.removeSubrange(..<first) } else { cell.removeAll() }
        }
        cells.append(String(cell))
        cell = String.UnicodeScalarView()
        wasQuoted = false
    }

    /// Spaces and tabs, as `CharacterSet.whitespaces` has them (no line ends: those end records).
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}
