import OtborCore

extension ImportedSheet {
    /// Refuses, before anything is written, an import whose sheets do not fit `guide`: a step the
    /// guide lacks, an answer that does not fit its step (ratings are checked against the scale
    /// where each engine writes them), a red flag the guide does not list. Every engine calls it.
    public static func check(_ sheets: [ImportedSheet], guide: InterviewGuide) throws {
        guard !sheets.isEmpty else { throw StoreError.invalid("the scoresheet has no sheets") }
        let steps = Set(guide.steps)
        let flags = Set(guide.redFlags.map(\.id))
        for sheet in sheets {
            if let answer = sheet.answers.first(where: { !steps.contains($0.step) }) {
                throw StoreError.invalid("'\(answer.step.key)' is not a step of guide '\(guide.id)'")
            }
            for answer in sheet.answers {
                if case .rating = answer.value, case .rating = answer.step.kind { continue }
                let problems = answer.value.problems(for: answer.step, in: guide)
                guard problems.isEmpty else {
                    throw StoreError.invalid("'\(answer.step.key)' of guide '\(guide.id)': " + problems.map(\.description).joined(separator: "; "))
                }
            }
            if let flag = sheet.redFlags.first(where: { !flags.contains($0.flag) }) {
                throw StoreError.invalid("'\(flag.flag)' is not a red flag of guide '\(guide.id)'")
            }
        }
    }
}
