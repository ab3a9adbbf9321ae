/// What a data file holds where a diagnostic's key expected something else, as the message quotes
/// it. `description` is the English wording.
public enum DiagnosticValue: Sendable, Hashable, CustomStringConvertible {
    /// An empty value or `null`.
    case nothing
    /// Text as written, shortened to 40 characters and "…"; quoted when worded.
    case text(String)
    /// A number as written; not quoted.
    case number(String)
    case mapping
    case list
    case alias

    public var description: String {
        switch self {
        case .nothing: "nothing"
        case .text(let text): "'\(text)'"
        case .number(let number): number
        case .mapping: "a mapping"
        case .list: "a list"
        case .alias: "an alias"
        }
    }
}
