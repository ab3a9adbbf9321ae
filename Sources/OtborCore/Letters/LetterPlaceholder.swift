/// A `{name}` a letter template may contain: a closed list, so a misspelt name is an error when the
/// file is loaded, not a gap in a letter a candidate receives.
public enum LetterPlaceholder: String, Sendable, Hashable, Codable, CaseIterable {
    /// The candidate's name.
    case candidate
    /// The position: the profile's title.
    case position
    /// The visit's name (or the stage's title when it is a visit of its own).
    case visit
    /// When the visit takes place, as the sender typed it, else the file's `unscheduled` text.
    case when
    /// A list: the visit's stages, each with its candidate time.
    case stages
    /// The candidate's time for the whole visit.
    case duration
    /// A list: what to bring or prepare, by the kinds of the visit's stages.
    case bring
    /// A list: two or three strengths, by competency name.
    case strengths
    /// A list: one or two areas to develop, each the competency's name and its development text.
    case development
    /// A list: the screening conditions that were not met, in plain words.
    case conditions

    /// Whether the value is a list, written as a paragraph of its own.
    public var isList: Bool {
        switch self {
        case .stages, .bring, .strengths, .development, .conditions: true
        case .candidate, .position, .visit, .when, .duration: false
        }
    }

    /// The `{name}`s in `text`, in order, with the unknown ones as written; text between
    /// braces that is not a plain word (`{ }`, `{1,2}`) is not a placeholder.
    public static func names(in text: String) -> [String] {
        var names: [String] = [], current: String?
        for character in text {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                if !name.isEmpty { names.append(name) }
                current = nil
            } else if current != nil {
                if character.isLetter || character.isNumber || character == "-" || character == "_" {
                    current?.append(character)
                } else {
                    current = nil
                }
            }
        }
        return names
    }
}
