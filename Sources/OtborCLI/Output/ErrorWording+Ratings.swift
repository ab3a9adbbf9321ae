import OtborLoading

/// What is wrong with a ratings CSV of `otbor stats agreement`, in the terminal's language. Cells
/// and names from the file are quoted as the runner quotes typed text: cut to 24 characters, control
/// and format characters (bidi overrides among them) made visible.
extension ErrorWording {
    func message(_ problem: RatingsCSVProblem) -> String {
        func quoted(_ text: String) -> String { words.language == .en ? "'\(PromptKey.quoted(text))'" : "«\(PromptKey.quoted(text))»" }
        switch problem {
        case .unreadable(let reason): return words(.cannotReadData, ["reason": unreadable(reason)])
        case .fileTooLarge(let limit): return message(DiagnosticMessage.fileTooLarge(limit: limit))
        case .lineTooLong(let limit): return words(.csvLineTooLong, ["bytes": words.count(limit, .byte)])
        case .notUTF8: return words(.lineNotUTF8)
        case .empty: return words(.empty)
        case .tooFewAssessors(let found): return words(.tooFewAssessors, ["count": words.numbers.whole(found)])
        case .unnamedColumn(let column): return words(.unnamedColumn, ["column": words.numbers.whole(column)])
        case .repeatedAssessor(let name): return words(.repeatedAssessor, ["name": quoted(name)])
        case .cellCount(let found, let expected):
            return words(.cellCount, ["found": words.count(found, .cell), "expected": words.count(expected, .cell)])
        case .notANumber(let cell, let assessor): return words(.notANumber, ["cell": quoted(cell), "assessor": quoted(assessor)])
        case .ratingTooLarge(let cell, let assessor, let limit):
            return words(.ratingTooLarge, ["cell": quoted(cell), "assessor": quoted(assessor), "limit": limit])
        case .tooFewCandidates(let found): return words(.tooFewCandidates, ["count": words.numbers.whole(found)])
        case .unclosedQuote: return words(.unclosedQuote)
        case .textAfterQuote: return words(.textAfterQuote)
        }
    }
}
