import Foundation
import OtborCore

/// Reads a candidates × assessors ``RatingsTable`` from CSV text (`otbor stats agreement`).
///
/// The first row names the assessors (its first cell is the header of the label column); every
/// other row is a candidate: a label, then one rating per assessor. An empty cell is a missing
/// rating. Cells are separated by commas or semicolons (whichever the header uses; with semicolons
/// a decimal comma such as `3,5` is accepted) and may be quoted with `"` (`""` inside quotes is a
/// quote). Blank rows and rows whose cells are all empty are skipped.
///
/// A file is streamed: read in chunks, split into lines of at most ``DataFile/csvLineByteLimit``
/// bytes and parsed row by row, so a file or a line of any size is refused after at most
/// ``DataFile/csvByteLimit`` bytes, and an over-long line after its first 64 KiB, at its number.
public enum RatingsCSV {
    /// A problem in the text, at a 1-based line.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var problem: RatingsCSVProblem

        public init(line: Int, _ problem: RatingsCSVProblem) {
            self.line = line
            self.problem = problem
        }

        /// The problem in English.
        public var message: String { problem.description }

        /// `LINE: error: message`; prefix it with the file name.
        public var description: String { "\(line): error: \(message)" }
    }

    /// Reads and parses the CSV file at `url`, streaming it; throws the first problem found.
    public static func table(contentsOf url: URL) throws(ParseError) -> RatingsTable {
        var builder = RatingsTableBuilder(), records = CSVRecords()
        try CSVLines.read(url) { (text, number) throws(ParseError) in try records.add(text, number: number) { record throws(ParseError) in try builder.add(record) } }
        try records.finish { record throws(ParseError) in try builder.add(record) }
        return try builder.table()
    }

    /// Parses CSV text; throws the first problem found. The text is held by the caller, so only
    /// the line limit applies.
    public static func table(_ text: String) throws(ParseError) -> RatingsTable {
        var builder = RatingsTableBuilder(), records = CSVRecords(), lines = CSVLines(byteLimit: .max)
        let add: (String, Int) throws(ParseError) -> Void = { text, number throws(ParseError) in
            try records.add(text, number: number) { record throws(ParseError) in try builder.add(record) }
        }
        try lines.add(text.utf8, add)
        try lines.finish(add)
        try records.finish { record throws(ParseError) in try builder.add(record) }
        return try builder.table()
    }
}
