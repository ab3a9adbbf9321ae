import Yams

/// The checks inside texts meant for people: internal ids anywhere, protected characteristics in
/// the questions of guides, each reported at the word's own line and column.
extension WorkspaceChecks {
    /// A file as composed, with its text, kept for the checks that look inside texts.
    struct ComposedFile {
        var path: String
        var root: Node
        var source: String
        var isGuide: Bool
    }

    func peopleTextWarnings(_ files: [ComposedFile]) -> [Diagnostic] {
        let checks = PeopleTextChecks(
            guideIDs: guideIDs, profileIDs: Set(loadedProfiles.map(\.profile.id)), competencyIDs: competencyIDs ?? [])
        var warnings: [Diagnostic] = []
        for file in files {
            let lines = file.source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
            for text in PeopleText.all(in: file.root) {
                let findings = checks.internalIDs(in: text) + (file.isGuide ? checks.protectedTopics(in: text) : [])
                var cursor = (line: max(text.node.mark?.line ?? 1, 1), column: max(text.node.mark?.column ?? 1, 1))
                for finding in findings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                    let word = Array(text.text[finding.range].unicodeScalars)
                    let found = Self.find(word, in: lines, from: cursor, span: text.text.filter { $0 == "\n" }.count + 2)
                    if let found { cursor = (found.line, found.column + 1) }
                    let at = found ?? cursor
                    warnings.append(Diagnostic(.warning, path: file.path, line: at.line, column: at.column, .workspace(finding.problem)))
                }
            }
        }
        return warnings
    }

    /// The first place at or after `from` (1-based) where `word` stands, within `span` lines; a
    /// text's words stand on the lines of its scalar, folded or not.
    private static func find(_ word: [Unicode.Scalar], in lines: [[Unicode.Scalar]], from: (line: Int, column: Int),
                             span: Int) -> (line: Int, column: Int)? {
        guard !word.isEmpty else { return nil }
        for line in from.line...(from.line + span) where line <= lines.count {
            let scalars = lines[line - 1]
            var start = line == from.line ? from.column - 1 : 0
            while start + word.count <= scalars.count {
                if Array(scalars[start..<(start + word.count)]) == word { return (line, start + 1) }
                start += 1
            }
        }
        return nil
    }
}
