import Foundation

/// The lines of a YAML file, with the line-based damage ``YAMLMutator`` does to them.
///
/// Keys are found by their look (`key: value`, `- key: value`), not by parsing: a line inside a
/// block scalar that looks like a key is damaged like one, which is one more kind of damage.
struct YAMLLines {
    /// A line of the form `[indent][- ]key: value`.
    struct KeyLine {
        var indent: Int
        /// Offset of the key in the line: the indent, plus 2 after `- `.
        var column: Int
        var key: String
        var value: String
        var dash: Bool
    }

    private var lines: [String]

    init(_ data: Data) {
        // By scalars: a String splits neither at "\r\n", which is one Character.
        lines = String(decoding: data, as: UTF8.self).unicodeScalars
            .split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    var count: Int { lines.count }

    var data: Data { Data(lines.joined(separator: "\n").utf8) }

    /// Indices of the lines that hold a key.
    var keyLines: [Int] { lines.indices.filter { Self.keyLine(lines[$0]) != nil } }

    /// Indices of the non-blank lines that start with spaces.
    var indented: [Int] { lines.indices.filter { lines[$0].hasPrefix(" ") && !lines[$0].allSatisfy { $0 == " " } } }

    static func keyLine(_ line: String) -> KeyLine? {
        let indent = line.prefix { $0 == " " }.count
        var rest = line.dropFirst(indent)
        let dash = rest.hasPrefix("- ")
        if dash { rest = rest.dropFirst(2) }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let key = rest[..<colon]
        let after = rest[rest.index(after: colon)...]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || "-_#/".contains($0) }),
              after.isEmpty || after.first == " " || after.first == "\r" else { return nil }
        return KeyLine(indent: indent, column: indent + (dash ? 2 : 0), key: String(key),
                       value: after.trimmingCharacters(in: .whitespacesAndNewlines), dash: dash)
    }

    /// The end (exclusive) of the value block of the key on line `index`.
    func blockEnd(_ index: Int) -> Int {
        guard let key = Self.keyLine(lines[index]) else { return index + 1 }
        var end = index + 1
        while end < lines.count {
            let line = lines[end]
            let indent = line.prefix { $0 == " " }.count
            let blank = line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            guard blank || indent > key.column || (indent == key.column && line.dropFirst(indent).hasPrefix("- ")) else { break }
            end += 1
        }
        return end
    }

    private static func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

    // MARK: Damage

    mutating func replaceValue(at index: Int, with value: String) -> YAMLMutator.Damage {
        guard let key = Self.keyLine(lines[index]) else { return YAMLMutator.Damage(data, "no key to retype") }
        let head = String(lines[index].prefix(key.column)) + key.key + ":"
        let inner = Self.spaces(key.column + 2)
        let replacement: [String]
        switch value {
        case "BLOCK-LIST": replacement = [head, inner + "- a", inner + "- b"]
        case "BLOCK-MAP": replacement = [head, inner + "x: 1", inner + "y: [2]"]
        default: replacement = [head + " " + value]
        }
        lines.replaceSubrange(index..<blockEnd(index), with: replacement)
        return YAMLMutator.Damage(data, "value of '\(key.key)' on line \(index + 1) replaced by \(value)")
    }

    mutating func tabIndent(_ index: Int, everyLine: Bool) -> YAMLMutator.Damage {
        let targets = everyLine ? indented : [index]
        for target in targets {
            let indent = lines[target].prefix { $0 == " " }.count
            lines[target] = String(repeating: "\t", count: max(1, indent / 2)) + lines[target].dropFirst(indent)
        }
        return YAMLMutator.Damage(data, everyLine ? "tabs indent every line" : "tabs indent line \(index + 1)")
    }

    mutating func duplicateKey(at index: Int) -> YAMLMutator.Damage {
        guard let key = Self.keyLine(lines[index]) else { return YAMLMutator.Damage(data, "no key to duplicate") }
        let end = blockEnd(index)
        var copy = Array(lines[index..<end])
        if key.dash { copy[0] = Self.spaces(key.column) + copy[0].dropFirst(key.column) }
        lines.insert(contentsOf: copy, at: end)
        return YAMLMutator.Damage(data, "key '\(key.key)' of line \(index + 1) written again at line \(end + 1)")
    }

    mutating func deepNesting(at index: Int, variant: Int) -> YAMLMutator.Damage {
        let key = Self.keyLine(lines[index]) ?? KeyLine(indent: 0, column: 0, key: "items", value: "", dash: false)
        let head = String(lines[index].prefix(key.column)) + key.key + ":"
        let inner = key.column + 2
        let (replacement, what): ([String], String)
        switch variant {
        case 0: (replacement, what) = ([head + " " + String(repeating: "[", count: 10_000)], "10000 unclosed [")
        case 1: (replacement, what) = ([head + " " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)], "10000 nested []")
        case 2: (replacement, what) = ([head + " " + String(repeating: "{", count: 10_000)], "10000 unclosed {")
        case 3: (replacement, what) = ([head, Self.spaces(inner) + String(repeating: "- ", count: 10_000) + "x"], "10000 nested block lists on one line")
        case 4: (replacement, what) = ([head] + (0..<300).map { Self.spaces(inner + $0) + "a:" }, "300 nested block maps")
        case 5: (replacement, what) = ([head] + (0..<200).map { Self.spaces(inner + $0) + "a:" }, "200 nested block maps")
        default: (replacement, what) = ([head + " " + String(repeating: "[", count: 60) + "1" + String(repeating: "]", count: 60)], "60 nested []")
        }
        lines.replaceSubrange(index..<blockEnd(index), with: replacement)
        return YAMLMutator.Damage(data, "\(what) as the value of '\(key.key)' on line \(index + 1)")
    }

    mutating func delete(at index: Int, count: Int) -> YAMLMutator.Damage {
        let end = min(index + count, lines.count)
        lines.removeSubrange(index..<end)
        return YAMLMutator.Damage(data, "lines \(index + 1)–\(end) deleted")
    }

    mutating func duplicate(at index: Int) -> YAMLMutator.Damage {
        lines.insert(lines[index], at: index)
        return YAMLMutator.Damage(data, "line \(index + 1) written twice")
    }

    mutating func swap(_ first: Int, _ second: Int) -> YAMLMutator.Damage {
        lines.swapAt(first, second)
        return YAMLMutator.Damage(data, "lines \(first + 1) and \(second + 1) swapped")
    }

    mutating func insertSibling(of index: Int, key name: String) -> YAMLMutator.Damage {
        let column = Self.keyLine(lines[index])?.column ?? 0
        let end = blockEnd(index)
        lines.insert(Self.spaces(column) + name + ": surprise", at: end)
        return YAMLMutator.Damage(data, "unknown key \(name) inserted at line \(end + 1)")
    }

    mutating func removeKey(at index: Int) -> YAMLMutator.Damage {
        guard let key = Self.keyLine(lines[index]) else { return YAMLMutator.Damage(data, "no key to remove") }
        let end = blockEnd(index)
        // A removed `- key:` hands its dash to the next key of the same list item.
        if key.dash, end < lines.count, let next = Self.keyLine(lines[end]), next.indent == key.column, !next.dash {
            lines[end] = Self.spaces(key.indent) + "- " + lines[end].dropFirst(key.column)
        }
        lines.removeSubrange(index..<end)
        return YAMLMutator.Damage(data, "key '\(key.key)' of line \(index + 1) removed with its value (\(end - index) line(s))")
    }

    /// Byte ranges of the plain numbers of a file (`4`, `0.5`, `1440`), as YAML scalars or flow items.
    static func numberRanges(in data: Data) -> [Range<Int>] {
        let bytes = [UInt8](data)
        let before = Set(" :[{,\t".utf8), after = Set(" ,]}\n\r#".utf8)
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard (0x30...0x39).contains(bytes[index]), index == 0 || before.contains(bytes[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == UInt8(ascii: ".") { end += 1 }
            if end == bytes.count || after.contains(bytes[end]) { ranges.append(index..<end) }
            index = end
        }
        return ranges
    }
}
