/// Refuses absurdly deep flow nesting before the recursive YAML composer sees it.
enum NestingGuard {
    /// Real content nests a dozen levels at most; this leaves plenty of room.
    static let maximumDepth = 64

    /// Position of the first bracket that opens a level deeper than ``maximumDepth``.
    static func firstTooDeep(in text: String) -> (line: Int, column: Int)? {
        var depth = 0, line = 1, column = 0
        var quote: Character?
        for character in text {
            column += 1
            if character == "\n" { line += 1; column = 0; quote = nil; continue }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": if depth > 0 { quote = character }
            case "[", "{":
                depth += 1
                if depth > maximumDepth { return (line, column) }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        let lines = text.components(separatedBy: "\n")
        let indents = lines.map { line in line.prefix { $0 == " " || $0 == "-" }.count }
        if let index = indents.firstIndex(where: { $0 > maximumDepth * 4 }) { return (index + 1, 1) }
        return nil
    }
}
