import Foundation
import OtborCore

/// Damages a YAML file the ways editors, tools and people do, reproducibly from a seed.
///
/// Each call of ``mutate(_:_:)`` takes the good bytes of a file and returns them with one kind of
/// damage and a short description of where it is. Line-based damage works on the lines of the
/// file (split at `\n`); the rest works on bytes.
struct YAMLMutator {
    /// A damaged file and where it was damaged.
    struct Damage {
        var data: Data
        var detail: String
        /// The line of the first damaged byte, when the damage is one place of a valid file.
        var line: Int?

        init(_ data: Data, _ detail: String, line: Int? = nil) {
            self.data = data
            self.detail = detail
            self.line = line
        }
    }

    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// `data` with one damage of `kind`, and where it was done.
    mutating func mutate(_ data: Data, _ kind: MutationKind) -> Damage {
        var lines = YAMLLines(data)
        switch kind {
        case .truncation:
            let offset = int(data.count)
            return Damage(data.prefix(offset), "truncated at byte \(offset) of \(data.count)")
        case .wrongType: return lines.replaceValue(at: pick(lines.keyLines), with: pick(Self.wrongValues))
        case .badUTF8:
            let offset = int(data.count + 1), bytes = pick(Self.badUTF8)
            let line = data.prefix(offset).filter { $0 == 0x0A }.count + 1
            return Damage(insert(bytes, into: data, at: offset), "bytes \(hex(bytes)) at byte \(offset), line \(line)", line: line)
        case .tabIndentation: return lines.tabIndent(pick(lines.indented), everyLine: int(4) == 0)
        case .duplicateKey: return lines.duplicateKey(at: pick(lines.keyLines))
        case .hugeNumber: return hugeNumber(data)
        case .deepNesting: return lines.deepNesting(at: pick(lines.keyLines), variant: int(7))
        case .empty:
            let text = pick(Self.emptyTexts)
            return Damage(Data(text.utf8), "replaced by \(text.debugDescription)")
        case .binaryJunk: return binaryJunk(data)
        case .deletedLine: return lines.delete(at: int(lines.count), count: 1 + int(3))
        case .duplicatedLine: return lines.duplicate(at: int(lines.count))
        case .swappedLines:
            let first = int(lines.count)
            let second = int(2) == 0 ? min(first + 1, lines.count - 1) : int(lines.count)
            return lines.swap(first, second)
        case .byteFlip: return byteFlips(data)
        case .unknownKey: return lines.insertSibling(of: pick(lines.keyLines), key: pick(Self.unknownKeys))
        case .removedKey: return lines.removeKey(at: pick(lines.keyLines))
        case .windowsLineEndings:
            let crlf = Data(data.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] })
            let then = pick([MutationKind.deepNesting, .badUTF8, .binaryJunk, .tabIndentation, .duplicateKey, .wrongType])
            let damaged = mutate(crlf, then)
            return Damage(damaged.data, "CRLF line endings, then \(then.rawValue): \(damaged.detail)", line: damaged.line)
        }
    }

    // MARK: Byte damage

    private mutating func hugeNumber(_ data: Data) -> Damage {
        let value = pick(Self.hugeNumbers)
        let numbers = YAMLLines.numberRanges(in: data)
        guard !numbers.isEmpty else { return Damage(data + Data("\nweight: \(value)\n".utf8), "appended weight: \(value)") }
        let range = pick(numbers)
        var damaged = data
        damaged.replaceSubrange(range, with: Data(value.utf8))
        let line = data.prefix(range.lowerBound).filter { $0 == 0x0A }.count + 1
        return Damage(damaged, "number '\(String(decoding: data[range], as: UTF8.self))' on line \(line) replaced by \(value)")
    }

    private mutating func binaryJunk(_ data: Data) -> Damage {
        let length = 1 + int(512)
        var junk = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        junk[int(length)] = 0 // binary files hold NUL bytes; make sure this one does
        if int(2) == 0 { return Damage(Data(junk), "\(length) random bytes") }
        let offset = int(data.count + 1)
        return Damage(insert(junk, into: data, at: offset), "\(length) random bytes at byte \(offset)")
    }

    private mutating func byteFlips(_ data: Data) -> Damage {
        guard !data.isEmpty else { return Damage(data, "nothing to flip") }
        var damaged = data
        var flipped: [String] = []
        for _ in 0..<(1 + int(8)) {
            let offset = damaged.startIndex + int(damaged.count), bit = UInt8(1) << UInt8(int(8))
            damaged[offset] ^= bit
            flipped.append("\(offset - damaged.startIndex)^\(bit)")
        }
        return Damage(damaged, "bits flipped at bytes \(flipped.joined(separator: ", "))")
    }

    private func insert(_ bytes: [UInt8], into data: Data, at offset: Int) -> Data {
        var damaged = data
        damaged.insert(contentsOf: bytes, at: damaged.startIndex + offset)
        return damaged
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02X", $0) }.joined(separator: " ")
    }

    // MARK: Randomness

    /// Uniform in `0..<bound` (0 when `bound` is 0).
    private mutating func int(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(random.next() % UInt64(bound))
    }

    private mutating func pick<T>(_ values: [T]) -> T {
        values[int(values.count)]
    }

    private mutating func pick(_ lines: [Int]) -> Int {
        lines.isEmpty ? 0 : lines[int(lines.count)]
    }

    // MARK: Material

    static let wrongValues = ["word", "[1, two]", "{key: value}", "[]", "{}", "~", "123", "-7", "true", "\"\"", "BLOCK-LIST", "BLOCK-MAP"]
    static let hugeNumbers = ["1e400", "-1e400", "99999999999999999999", "-99999999999999999999", "-0", ".nan", ".inf", "-.inf",
                              "0x7fffffffffffffffffff", "1_000_000_000_000_000", "4.9e-324", "0.0000000000000000000001"]
    static let badUTF8: [[UInt8]] = [[0xFF], [0xFE], [0xC3], [0x80], [0xBF, 0xBF], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
                                     [0xE0, 0x80, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]]
    static let emptyTexts = ["", "\n", "   \n\n\t\n", "# only a comment\n", "---\n", "...\n", "---\n...\n", "\u{FEFF}", "~\n", "null\n", "''\n"]
    static let unknownKeys = ["colour", "titel", "x-extra", "Id", "idd", "weigth", "ключ", "\"quoted key\"", "''", "[a, b]"]
}
