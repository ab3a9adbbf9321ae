/// A letter ready to print: its subject and blocks, in one language.
public struct FilledLetter: Sendable, Hashable, Codable {
    /// A paragraph of text or a bulleted list.
    public enum Block: Sendable, Hashable, Codable {
        case paragraph(String)
        case list([String])
    }

    public var kind: LetterKind
    public var subject: String
    public var blocks: [Block]
}
