/// Refuses absurdly deep flow nesting before the recursive YAML composer sees it.
///
/// It counts only the brackets that open a flow collection: not those inside quoted scalars
/// (single quotes with `''`, double quotes with `\` escapes, over several lines), comments, block
/// scalars (`|`, `>` and the lines indented under them), or plain text (`note: a [b` is text: in
/// block context a bracket opens a collection only where a value starts, after an anchor or tag).
enum NestingGuard {
    /// Real content nests a dozen levels at most; this leaves plenty of room.
    static let maximumDepth = 64

    /// Position of the first bracket that opens a level deeper than ``maximumDepth``.
    static func firstTooDeep(in text: String) -> (line: Int, column: Int)? {
        var scanner = Scanner()
        // By scalars: "\r\n" is one Character, and a CRLF file would seem to be one long line.
        for (index, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let column = scanner.scan(Array(line)) { return (index + 1, column) }
        }
        let lines = YAMLDocument.lines(of: text)
        let indents = lines.map { line in line.prefix { $0 == " " || $0 == "-" }.count }
        if let index = indents.firstIndex(where: { $0 > maximumDepth * 4 }) { return (index + 1, 1) }
        return nil
    }

    /// The state carried from line to line.
    private struct Scanner {
        var depth = 0
        /// The quote of the scalar being read, which may span lines.
        var quote: Unicode.Scalar?
        /// The indentation of the line that began the block scalar being read.
        var blockIndent: Int?

        /// The 1-based column of the bracket on `line` that passes the limit, if any.
        mutating func scan(_ line: [Unicode.Scalar]) -> Int? {
            let indent = line.prefix { $0 == " " }.count
            if let block = blockIndent {
                if indent > block || line.allSatisfy(Self.isSpace) { return nil }
                blockIndent = nil
            }
            var last: Unicode.Scalar?, index = 0
            func startsValue() -> Bool {
                guard let last else { return true }
                return depth > 0 ? "[{,:?".unicodeScalars.contains(last) : ":-?".unicodeScalars.contains(last)
            }
            while index < line.count {
                let scalar = line[index]
                index += 1
                if let open = quote {
                    if open == "\"" && scalar == "\\" {
                        index += 1
                    } else if scalar == open {
                        if open == "'" && index < line.count && line[index] == "'" { index += 1 } else { quote = nil; last = scalar }
                    }
                    continue
                }
                if Self.isSpace(scalar) { continue }
                if scalar == "#" && (index == 1 || Self.isSpace(line[index - 2])) { return nil }
                let valueStart = startsValue()
                if (scalar == "\"" || scalar == "'") && valueStart {
                    quote = scalar
                } else if (scalar == "&" || scalar == "!") && valueStart {
                    // An anchor or a tag: the value starts after it.
                    while index < line.count && !Self.isSpace(line[index]) { index += 1 }
                    continue
                } else if (scalar == "|" || scalar == ">") && depth == 0 && valueStart {
                    blockIndent = indent
                    return nil
                } else if (scalar == "[" || scalar == "{") && (depth > 0 || valueStart) {
                    depth += 1
                    if depth > NestingGuard.maximumDepth { return index }
                } else if (scalar == "]" || scalar == "}") && depth > 0 {
                    depth -= 1
                }
                last = scalar
            }
            return nil
        }

        private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" }
    }
}
