import Foundation

/// The record splitter behind ``RatingsCSV``: CSV text to records of cells, each with its line.
enum CSVRecords {
    struct Record {
        var line: Int
        var cells: [String]
        var separator: Unicode.Scalar
    }

    /// Splits text into records of cells (unquoted cells trimmed), with the line each record starts
    /// on; records whose cells are all empty are dropped.
    static func records(in text: String) throws(RatingsCSV.ParseError) -> [Record] {
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
                    throw RatingsCSV.ParseError(line: line, message: "unexpected text after the closing quote of a cell")
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
            throw RatingsCSV.ParseError(line: quoteLine, message: "a quoted cell is never closed")
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
