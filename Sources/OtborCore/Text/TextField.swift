/// The kinds of text people type into Otbor, each with its documented limits: what every entry
/// (the terminal, a scoresheet, the API) accepts, checked by one rule (``check(_:)``).
///
/// | Field | Lines | Longest (characters) |
/// |---|---|---|
/// | a person's name, an assessor, a source, a group | one | 200 |
/// | a login | one | 64 |
/// | a note, a reason, a rationale | several (line breaks and tabs kept) | 10,000 |
public enum TextField: String, Sendable, Hashable, CaseIterable {
    /// A candidate's name.
    case name
    /// An assessor's or decider's name as recorded.
    case assessor
    /// Where a candidate came from, a fairness group, other one-line facts.
    case line
    /// An evidence note, a decision's reason, a consensus rationale, an erasure reason.
    case note

    /// The most characters (grapheme clusters) the field holds.
    public var limit: Int {
        switch self {
        case .name, .assessor, .line: 200
        case .note: 10_000
        }
    }

    /// Whether line breaks (and tabs) belong to the text.
    public var isMultiline: Bool { self == .note }

    /// The text as stored: trimmed of surrounding white space; or why it is refused. Empty text is
    /// a problem of its own (``TextProblem/empty``), so a caller can treat it as "left out".
    public func check(_ text: String) -> Result<String, TextProblem> {
        let trimmed = text.trimmingCharacters(in: isMultiline ? .whitespacesAndNewlines : .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.empty) }
        if let position = TextPosition.firstScalar(in: trimmed, where: { isRefused($0) }) {
            return .failure(.controlCharacter(position.scalar, at: position))
        }
        guard trimmed.unicodeScalars.contains(where: Self.isVisible) else { return .failure(.nothingVisible) }
        let count = trimmed.count
        guard count <= limit else { return .failure(.tooLong(count, limit: limit)) }
        return .success(trimmed)
    }

    private func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.generalCategory == .control else { return false }
        return !(isMultiline && (scalar == "\n" || scalar == "\t" || scalar == "\r"))
    }

    /// A scalar that shows something by itself: not a space, a mark that combines with what
    /// precedes it, or an invisible format character (such as a direction override).
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
             .nonspacingMark, .enclosingMark, .spacingMark, .unassigned, .surrogate:
            false
        default:
            !scalar.properties.isWhitespace
        }
    }
}
