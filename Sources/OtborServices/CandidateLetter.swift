import OtborCore

/// A letter for one candidate: what goes into it and the template it fills.
public struct CandidateLetter: Sendable {
    public var candidate: Candidate
    public var profile: String
    public var content: LetterContent
    public var template: LetterTemplate
    public var catalogue: LetterCatalogue

    /// The letter in `language`, ready to lay out.
    public func filled(in language: ContentLanguage) -> FilledLetter {
        template.fill(content.values(in: language, catalogue: catalogue), in: language)
    }
}
