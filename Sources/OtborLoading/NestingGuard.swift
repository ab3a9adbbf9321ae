/// Refuses absurdly deep flow nesting before the recursive YAML composer sees it.
enum NestingGuard {
    /// Real content nests a dozen levels at most; this leaves plenty of room.
    static let maximumDepth = 64

    /// Position of the first bracket that opens a level deeper than ``maximumDepth``.
    static func firstTooDeep(in text: String) -> (line: Int, column: Int)? {
        var depth = 0, line = 1, column = 0
        var quote: Unicode.Scalar?
        // By scalars: "\r\n" is one Character, and a CRLF file would seem to be one long line.
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" { line += 1; column = 0; quote = nil; continue }
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            switch scalar {
            case "\"", "'": if depth > 0 { quote = scalar }
            case "[", "{":
                depth += 1
                if depth > maximumDepth { return (line, column) }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        let lines = YAMLDocument.lines(of: text)
        let indents = lines.map { line in line.prefix { $0 == " " || $0 == "-" }.count }
        if let index = indents.firstIndex(where: { $0 > maximumDepth * 4 }) { return (index + 1, 1) }
        return nil
    }
}
