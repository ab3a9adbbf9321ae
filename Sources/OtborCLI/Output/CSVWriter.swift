/// Rows of comma-separated values per RFC 4180, safe to open in a spreadsheet.
///
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read by a
/// spreadsheet as a formula (CSV injection); it gets a leading apostrophe, so `=SUM(A1)` is
/// written `'=SUM(A1)` and shows as text. A cell with a comma, a double quote, a carriage return
/// or a line feed is enclosed in double quotes, with inner quotes doubled. Lines end with CRLF.
enum CSVWriter {
    /// The first characters that make a spreadsheet evaluate a cell.
    static let formulaPrefixes: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One cell, neutralised and quoted as needed.
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, formulaPrefixes.contains(Character(first)) {
            text = "'" + text
        }
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record, terminated by CRLF.
    static func row(_ values: [String]) -> String {
        values.map(cell).joined(separator: ",") + "\r\n"
    }
}
