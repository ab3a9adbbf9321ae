extension RatingsPhrase {
    /// The phrase in English.
    var english: String {
        switch self {
        case .empty: "the file is empty; expected a header row: a label column, then one column per assessor"
        case .tooFewAssessors: "assessors named in the header: {count}; at least 2 are needed (a label column, then one column per assessor, separated by ',' or ';')"
        case .unnamedColumn: "column {column} of the header has no assessor name"
        case .repeatedAssessor: "assessor {name} appears twice in the header; name each assessor once"
        case .cellCount: "this row has {found} but the header has {expected}; every row needs a label and one rating per assessor (leave a cell empty for a missing rating)"
        case .notANumber: "the rating {cell} by {assessor} is not a number; write a decimal number such as 4 or 3.5 (3,5 in a file separated by ';')"
        case .ratingTooLarge: "the rating {cell} by {assessor} is too large: its square would overflow the statistics; ratings must lie within ±{limit}"
        case .tooFewCandidates: "candidate rows in the table: {count}; at least 2 are needed"
        case .unclosedQuote: "a quoted cell opened on this line is never closed; end it with \""
        case .textAfterQuote: "unexpected text after the closing quote of a cell; put the whole cell in quotes, with \"\" for a quote inside"
        case .lineNotUTF8: "this line is not valid UTF-8 text; save the file as UTF-8"
        }
    }
}
