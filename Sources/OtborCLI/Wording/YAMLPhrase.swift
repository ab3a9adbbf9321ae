/// The YAML parser's (libyaml's) own sentences that a person meets in a hand-written file: what
/// it found wrong and what it was doing. The raw value is the parser's sentence, so a complaint
/// finds its phrase by ``init(rawValue:)``; the English text is that sentence. Sentences not here
/// are quoted as the parser wrote them. Texts in `YAMLPhrase+Russian.swift`.
enum YAMLPhrase: String, ConsolePhrase {
    // What the parser found wrong
    case cannotStartToken = "found character that cannot start any token"
    case mappingValuesNotAllowed = "mapping values are not allowed in this context"
    case expectedKey = "did not find expected key"
    case expectedColon = "could not find expected ':'"
    case unexpectedEnd = "found unexpected end of stream"
    case expectedDash = "did not find expected '-' indicator"
    case expectedCommaOrBracket = "did not find expected ',' or ']'"
    case expectedCommaOrBrace = "did not find expected ',' or '}'"
    case expectedNodeContent = "did not find expected node content"
    case sequenceEntriesNotAllowed = "block sequence entries are not allowed in this context"
    case tabViolatesIndentation = "found a tab character that violates indentation"
    case tabForIndentation = "found a tab character where an indentation space is expected"
    case unknownEscape = "found unknown escape character"
    case unexpectedDocumentIndicator = "found unexpected document indicator"
    case expectedAlphanumeric = "did not find expected alphabetic or numeric character"
    case undefinedTagHandle = "found undefined tag handle"
    case expectedDocumentStart = "did not find expected <document start>"
    case controlCharacters = "control characters are not allowed"
    case invalidLeadingOctet = "invalid leading UTF-8 octet"
    case incompleteSequence = "incomplete UTF-8 octet sequence"
    case incompatibleDocument = "found incompatible YAML document"
    case expectedCommentOrLineBreak = "did not find expected comment or line break"
    case mappingKeysNotAllowed = "mapping keys are not allowed in this context"
    case unexpectedColon = "found unexpected ':'"
    case invalidEscapeCode = "found invalid Unicode character escape code"

    // What the parser was doing
    case scanningSimpleKey = "while scanning a simple key"
    case scanningQuotedScalar = "while scanning a quoted scalar"
    case scanningPlainScalar = "while scanning a plain scalar"
    case scanningBlockScalar = "while scanning a block scalar"
    case scanningNextToken = "while scanning for the next token"
    case scanningAnchor = "while scanning an anchor"
    case scanningAlias = "while scanning an alias"
    case scanningTag = "while scanning a tag"
    case scanningDirective = "while scanning a directive"
    case parsingBlockMapping = "while parsing a block mapping"
    case parsingBlockCollection = "while parsing a block collection"
    case parsingFlowSequence = "while parsing a flow sequence"
    case parsingFlowMapping = "while parsing a flow mapping"
    case parsingBlockNode = "while parsing a block node"
    case parsingFlowNode = "while parsing a flow node"
    case parsingNode = "while parsing a node"
    case parsingQuotedScalar = "while parsing a quoted scalar"

    /// The phrase in English: the parser's own sentence.
    var english: String { rawValue }
}
