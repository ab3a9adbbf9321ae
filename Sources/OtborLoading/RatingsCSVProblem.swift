/// What is wrong with a ratings CSV (`otbor stats agreement`), as data: each front end words it in
/// its language; ``description`` is the English wording.
public enum RatingsCSVProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read, and why.
    case unreadable(WorkspaceProblem.Unreadable)
    /// The file holds more than `limit` bytes (``DataFile/csvByteLimit``); refused at the line
    /// being read when the count passed it.
    case fileTooLarge(limit: Int)
    /// This line holds more than `limit` bytes (``DataFile/csvLineByteLimit``); refused as soon as
    /// the count passes it, without reading the rest of the line.
    case lineTooLong(limit: Int)
    /// This line is not UTF-8.
    case notUTF8
    /// No row with any cell.
    case empty
    /// The header names fewer than 2 assessors.
    case tooFewAssessors(found: Int)
    /// A header cell after the first is empty (`column` is 1-based).
    case unnamedColumn(column: Int)
    /// An assessor is named twice in the header.
    case repeatedAssessor(String)
    /// A row has `found` cells where the header has `expected`.
    case cellCount(found: Int, expected: Int)
    /// A cell is not a finite decimal number.
    case notANumber(cell: String, assessor: String)
    /// A rating so large that its square would overflow the statistics; ratings lie within ±`limit`.
    case ratingTooLarge(cell: String, assessor: String, limit: String)
    /// Fewer than 2 candidate rows.
    case tooFewCandidates(found: Int)
    /// A quoted cell opened on this line is never closed.
    case unclosedQuote
    /// Text follows the closing quote of a cell.
    case textAfterQuote

    public var description: String {
        switch self {
        case .unreadable(let reason): "cannot read the file: \(reason)"
        case .fileTooLarge(let limit): "the file is larger than \(limit) bytes; a ratings table holds at most that"
        case .lineTooLong(let limit): "this line is longer than \(limit) bytes; a line holds a label and one rating per assessor"
        case .notUTF8: "this line is not valid UTF-8 text; save the file as UTF-8"
        case .empty: "the file is empty; expected a header row: a label column, then one column per assessor"
        case .tooFewAssessors(let found):
            "the header names \(found) assessor(s); at least 2 are needed "
                + "(a label column, then one column per assessor, separated by ',' or ';')"
        case .unnamedColumn(let column): "column \(column) of the header has no assessor name"
        case .repeatedAssessor(let name): "assessor '\(name)' appears twice in the header"
        case .cellCount(let found, let expected):
            "this row has \(found) cells but the header has \(expected); every row needs a label and one rating "
                + "per assessor (leave a cell empty for a missing rating)"
        case .notANumber(let cell, let assessor): "the rating '\(cell)' by '\(assessor)' is not a number"
        case .ratingTooLarge(let cell, let assessor, let limit):
            "the rating '\(cell)' by '\(assessor)' is too large: its square would overflow the statistics; "
                + "ratings must lie within ±\(limit)"
        case .tooFewCandidates(let found): "the table has \(found) candidate row(s); at least 2 are needed"
        case .unclosedQuote: "a quoted cell is never closed"
        case .textAfterQuote: "unexpected text after the closing quote of a cell"
        }
    }
}
