/// Where in a text something was found: 1-based line and column (in characters), and the
/// scalar found there.
public struct TextPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var scalar: Unicode.Scalar

    public init(line: Int, column: Int, scalar: Unicode.Scalar) {
        self.line = line
        self.column = column
        self.scalar = scalar
    }

    /// The position of the first scalar of `text` that `isMatch` accepts; `nil` when none does.
    /// Columns count characters (grapheme clusters) from the start of the line.
    public static func firstScalar(in text: String, where isMatch: (Unicode.Scalar) -> Bool) -> TextPosition? {
        var line = 1, column = 1
        for character in text {
            if let scalar = character.unicodeScalars.first(where: isMatch) {
                return TextPosition(line: line, column: column, scalar: scalar)
            }
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }
}
