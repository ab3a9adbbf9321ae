/// The kinds of damage ``YAMLMutator`` does to a data file.
enum MutationKind: String, CaseIterable, Sendable {
    /// Cut at a random byte (a half-saved file, a cut multi-byte character).
    case truncation
    /// A value replaced by one of another type: scalar ↔ list ↔ map, block or flow.
    case wrongType = "wrong-type"
    /// Bytes that are not UTF-8: stray continuation bytes, surrogates, overlong forms.
    case badUTF8 = "bad-utf8"
    /// Tabs in the indentation of one or every indented line.
    case tabIndentation = "tab-indentation"
    /// A key with its value written twice in one mapping.
    case duplicateKey = "duplicate-key"
    /// A number replaced by 1e400, 99999999999999999999, -0, .nan, .inf …
    case hugeNumber = "huge-number"
    /// Ten thousand `[` or `{`, or block nesting hundreds of levels deep.
    case deepNesting = "deep-nesting"
    /// Nothing, white space, a comment, a lone document marker.
    case empty
    /// Random bytes, alone or inside the file.
    case binaryJunk = "binary-junk"
    /// One to three lines deleted.
    case deletedLine = "deleted-line"
    /// A line written twice.
    case duplicatedLine = "duplicated-line"
    /// Two lines exchanged.
    case swappedLines = "swapped-lines"
    /// One to eight random bits flipped.
    case byteFlip = "byte-flip"
    /// A key the format does not know.
    case unknownKey = "unknown-key"
    /// A key removed with its value (often a required one).
    case removedKey = "removed-key"
    /// The file saved with CRLF line endings, then damaged again.
    case windowsLineEndings = "crlf"
}
