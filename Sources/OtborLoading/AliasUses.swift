import Yams

/// Puts the position of each alias's use on the node it stands for. Yams hands an alias back as
/// the anchored node itself, with the anchor's position, so a diagnostic about `duration: *name`
/// would point at `&name`; after this pass it points at `*name`.
///
/// The nodes of a document, walked in order, have increasing positions; a node placed before the
/// walk's position is an alias's use, found as the next `*` token after that position. Aliased
/// content is not walked into (its nodes keep the anchor's positions), so an alias bomb costs no
/// more than the text it is written in.
struct AliasUses {
    private let lines: [[Unicode.Scalar]]
    private var cursor: Mark

    /// `root` with each alias use's node at the alias's position; unchanged when the text has no alias.
    static func relocate(_ root: Node, in text: String) -> Node {
        guard text.contains("*"), text.contains("&"), let start = root.mark else { return root }
        var uses = AliasUses(lines: text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init),
                             start: start)
        return uses.visit(root, mayEqualCursor: true)
    }

    private init(lines: [[Unicode.Scalar]], start: Mark) {
        self.lines = lines
        cursor = start
    }

    private mutating func visit(_ node: Node, mayEqualCursor: Bool) -> Node {
        guard let mark = node.mark else { return node }
        if Self.before(mark, cursor) || (!mayEqualCursor && !Self.before(cursor, mark)) {
            guard let use = nextAlias() else { return node }
            cursor = use
            return Self.moved(node, to: use)
        }
        cursor = mark
        switch node {
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for (index, pair) in mapping.enumerated() {
                let key = visit(pair.key, mayEqualCursor: index == 0)
                pairs.append((key, visit(pair.value, mayEqualCursor: false)))
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark, mapping.anchor))
        case .sequence(let sequence):
            let nodes = sequence.map { visit($0, mayEqualCursor: false) }
            return .sequence(Node.Sequence(nodes, sequence.tag, sequence.style, sequence.mark, sequence.anchor))
        default:
            return node
        }
    }

    /// The position of the first `*` after the cursor that begins a token.
    private func nextAlias() -> Mark? {
        // Yams keeps `Mark`'s initialiser internal; it is two `Int`s, line then column.
        guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size else { return nil }
        var line = cursor.line, column = cursor.column + 1
        while line <= lines.count {
            let text = lines[line - 1]
            while column <= text.count {
                let previous: Unicode.Scalar = column == 1 ? " " : text[column - 2]
                if text[column - 1] == "*", " \t[{,:-?".unicodeScalars.contains(previous) { return unsafeBitCast((line, column), to: Mark.self) }
                column += 1
            }
            line += 1
            column = 1
        }
        return nil
    }

    private static func before(_ a: Mark, _ b: Mark) -> Bool { (a.line, a.column) < (b.line, b.column) }

    private static func moved(_ node: Node, to mark: Mark) -> Node {
        switch node {
        case .scalar(var scalar):
            scalar.mark = mark
            return .scalar(scalar)
        case .mapping(var mapping):
            mapping.mark = mark
            return .mapping(mapping)
        case .sequence(var sequence):
            sequence.mark = mark
            return .sequence(sequence)
        default:
            return node
        }
    }
}
