import Foundation

/// One letter of `Letters/letters.yaml`: a subject and paragraphs in Russian and English with
/// `{placeholders}`. A paragraph that is only a list placeholder becomes a list.
public struct LetterTemplate: Sendable, Hashable, Codable {
    public var kind: LetterKind
    public var subject: LocalizedText
    public var paragraphs: [LocalizedText]
    public var provenance: Provenance

    public init(kind: LetterKind, subject: LocalizedText, paragraphs: [LocalizedText], provenance: Provenance = .unknown) {
        self.kind = kind
        self.subject = subject
        self.paragraphs = paragraphs
        self.provenance = provenance
    }

    /// The letter in `language` with every placeholder filled from `values`: a list placeholder
    /// alone in its paragraph becomes a list; when the list is empty, its paragraph is left out
    /// together with the paragraph that leads into it (one ending with a colon).
    public func fill(_ values: LetterValues, in language: ContentLanguage) -> FilledLetter {
        var blocks: [FilledLetter.Block] = []
        for paragraph in paragraphs {
            let text = paragraph.text(in: language).trimmingCharacters(in: .whitespacesAndNewlines)
            if let placeholder = Self.listPlaceholder(text) {
                let items = values.lists[placeholder] ?? []
                if !items.isEmpty {
                    blocks.append(.list(items))
                } else if case .paragraph(let lead)? = blocks.last, lead.hasSuffix(":") {
                    blocks.removeLast()
                }
                continue
            }
            blocks.append(.paragraph(values.replace(in: text)))
        }
        return FilledLetter(kind: kind, subject: values.replace(in: subject.text(in: language)), blocks: blocks)
    }

    /// The list placeholder `text` consists of, if it is exactly one.
    public static func listPlaceholder(_ text: String) -> LetterPlaceholder? {
        guard text.hasPrefix("{"), text.hasSuffix("}"), text.count > 2,
              let placeholder = LetterPlaceholder(rawValue: String(text.dropFirst().dropLast())), placeholder.isList
        else { return nil }
        return placeholder
    }
}
