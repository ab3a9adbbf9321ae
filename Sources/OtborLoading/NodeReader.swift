import Foundation
import OtborCore
import Yams

/// Reads typed values out of a composed YAML tree and records a diagnostic at the offending node
/// for every problem, so that one pass over a file reports all of them.
final class NodeReader {
    /// Path of the file relative to the workspace.
    let path: String
    private(set) var diagnostics: [Diagnostic] = []
    /// References to other files, resolved once every file is read.
    private(set) var references: [PendingReference] = []

    init(path: String) {
        self.path = path
    }

    // MARK: Reporting

    func location(_ node: Node?) -> SourceLocation {
        let mark = node?.mark
        return SourceLocation(path: path, line: max(mark?.line ?? 1, 1), column: max(mark?.column ?? 1, 1))
    }

    func error(_ message: DiagnosticMessage, at node: Node?) {
        diagnostics.append(location(node).diagnostic(.error, message))
    }

    func error(_ message: DiagnosticMessage, at location: SourceLocation) {
        diagnostics.append(location.diagnostic(.error, message))
    }

    func warning(_ message: DiagnosticMessage, at node: Node?) {
        diagnostics.append(location(node).diagnostic(.warning, message))
    }

    func refer(to kind: PendingReference.Kind, _ id: String, at node: Node?, from context: WorkspaceProblem.Place) {
        references.append(PendingReference(kind: kind, id: id, location: location(node), context: context))
    }

    // MARK: Mappings

    /// The entries of a mapping, after reporting unknown keys and missing required ones.
    func mapping(_ node: Node, _ what: DiagnosticSubject, required: [String], optional: [String] = []) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(.notAMapping(what, found: describe(node)), at: node)
            return nil
        }
        let allowed = required + optional
        var entries: [String: Fields.Entry] = [:]
        let present = Set(mapping.keys.compactMap(\.string))
        let missing = required.filter { !present.contains($0) }
        var explained: Set<String> = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, !scalar.string.isEmpty else {
                error(.keyNotAWord(what, found: describe(key)), at: key)
                continue
            }
            let name = scalar.string
            guard allowed.contains(name) else {
                let guess = Self.closest(to: name, in: allowed)
                if let guess, missing.contains(guess) { explained.insert(guess) }
                error(.unknownKey(name, in: what, suggestion: guess, allowed: allowed), at: key)
                continue
            }
            entries[name] = Fields.Entry(key: key, value: value)
        }
        // A misspelt required key is reported once, as the unknown key with its suggestion.
        for name in missing where !explained.contains(name) {
            error(.missingKey(name, in: what), at: node)
        }
        return Fields(node: node, entries: entries)
    }

    // MARK: Scalars

    /// A non-empty string scalar.
    func string(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            error(.wrongValue(key: key, expected: .string, found: describe(node)), at: node)
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else {
            error(.emptyValue(key: key), at: node)
            return nil
        }
        return value
    }

    /// A string a person typed, checked by its field's rule (``TextField``): a NUL or another
    /// control character, too many characters or nothing visible are reported with their position.
    func text(_ node: Node, _ key: String, field: TextField) -> String? {
        guard let value = string(node, key) else { return nil }
        switch field.check(value) {
        case .success(let text):
            return text
        case .failure(let problem):
            error(.content(.refused(key: key, problem)), at: node)
            return nil
        }
    }

    /// A lower-case kebab-case identifier.
    func identifier(_ node: Node, _ key: String) -> String? {
        guard let value = string(node, key) else { return nil }
        guard Self.isIdentifier(value) else {
            error(.wrongValue(key: key, expected: .identifier, found: .text(value)), at: node)
            return nil
        }
        return value
    }

    func int(_ node: Node, _ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard case .scalar(let scalar) = node, !isNull(node), let value = Int(scalar.string) else {
            error(.wrongValue(key: key, expected: .integer(range), found: describe(node)), at: node)
            return nil
        }
        if let range, !range.contains(value) {
            error(.wrongValue(key: key, expected: .integer(range), found: .number(String(value))), at: node)
            return nil
        }
        return value
    }

    /// A finite number.
    func number(_ node: Node, _ key: String) -> Double? {
        guard case .scalar(let scalar) = node, !isNull(node), let value = Double(scalar.string), value.isFinite,
              abs(value) < 1e15 else {
            error(.wrongValue(key: key, expected: .number, found: describe(node)), at: node)
            return nil
        }
        return value
    }

    /// A weight: a number greater than zero.
    func weight(_ node: Node, _ key: String) -> Double? {
        guard let value = number(node, key) else { return nil }
        guard value > 0 else {
            error(.wrongValue(key: key, expected: .positive, found: .number(CompactNumber.format(value))), at: node)
            return nil
        }
        return value
    }

    func bool(_ node: Node, _ key: String) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        error(.wrongValue(key: key, expected: .boolean, found: describe(node)), at: node)
        return nil
    }

    /// A value of a string enumeration, reporting the accepted values otherwise.
    func choice<Value: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, _ type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let raw = string(node, key) else { return nil }
        guard let value = Value(rawValue: raw) else {
            error(.wrongValue(key: key, expected: .oneOf(Value.allCases.map(\.rawValue)), found: .text(raw)), at: node)
            return nil
        }
        return value
    }

    /// The items of a sequence.
    func list(_ node: Node, _ key: String, allowEmpty: Bool = false) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error(.wrongValue(key: key, expected: .list, found: describe(node)), at: node)
            return nil
        }
        if sequence.isEmpty && !allowEmpty {
            error(.emptyList(key: key), at: node)
            return nil
        }
        return Array(sequence)
    }

    // MARK: Helpers

    func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node { return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) }
        return false
    }

    /// What `node` holds, as a message quotes it.
    func describe(_ node: Node) -> DiagnosticValue {
        switch node {
        case .scalar(let scalar):
            if isNull(node) { return .nothing }
            let text = scalar.string
            return .text(text.count > 40 ? "\(text.prefix(40))…" : text)
        case .mapping: return .mapping
        case .sequence: return .list
        case .alias: return .alias
        }
    }

    static func isIdentifier(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first),
              value.count <= 80, !value.hasSuffix("-") else { return false }
        return value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The allowed word closest to a misspelt one, when it is close enough to be a likely typo.
    /// Words whose length differs by more than the distance they would accept are not measured
    /// (the distance is at least that difference), so a long junk key costs no more than a short one.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased(), length = lowered.count
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            guard abs(candidate.count - length) <= max(1, (candidate.count + 1) / 3) else { return nil }
            return (candidate, EditDistance.between(lowered, candidate.lowercased()))
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, (best.0.count + 1) / 3) else { return nil }
        return best.0
    }
}

/// The checked entries of a YAML mapping.
struct Fields {
    struct Entry {
        let key: Node
        let value: Node
    }

    let node: Node
    let entries: [String: Entry]

    subscript(_ key: String) -> Node? { entries[key]?.value }

    /// The node of the key itself, for diagnostics about the entry as a whole.
    func keyNode(_ key: String) -> Node? { entries[key]?.key }
}
