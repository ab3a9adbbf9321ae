import OtborCore
import Testing

/// Filling a template: text placeholders replaced, a list alone in its paragraph as a list, an
/// empty list left out with the paragraph that leads into it; the placeholder names of a text.
struct LetterTemplateTests {
    static let template = LetterTemplate(kind: .rejection, subject: LocalizedText(ru: "Позиция «{position}»", en: "Position {position}"),
                                         paragraphs: [
                                             LocalizedText(ru: "Здравствуйте, {candidate}!", en: "Dear {candidate},"),
                                             LocalizedText(ru: "Сильные стороны:", en: "Strengths:"),
                                             LocalizedText(ru: "{strengths}", en: "{strengths}"),
                                             LocalizedText(ru: "Что развивать:", en: "To develop:"),
                                             LocalizedText(ru: " {development} ", en: "{development}"),
                                             LocalizedText(ru: "Удачи!", en: "Good luck!"),
                                         ])

    @Test("placeholders filled, lists as lists, an empty list and its lead-in left out")
    func fill() {
        let values = LetterValues(texts: [.candidate: "Анна", .position: "Менеджер"], lists: [.strengths: ["А", "Б"], .development: []])
        let letter = Self.template.fill(values, in: .ru)
        #expect(letter.subject == "Позиция «Менеджер»")
        #expect(letter.blocks == [.paragraph("Здравствуйте, Анна!"), .paragraph("Сильные стороны:"), .list(["А", "Б"]), .paragraph("Удачи!")])
        #expect(Self.template.fill(values, in: .en).blocks.first == .paragraph("Dear Анна,"))
    }

    @Test("the names between braces, in order; what is not a word is not a placeholder", arguments: [
        ("Здравствуйте, {candidate}! {vist} и {position}", ["candidate", "vist", "position"]),
        ("{ } {1,2} {a b} {}", []),
        ("{{strengths}}", ["strengths"]),
        ("без подстановок", []),
    ])
    func names(_ text: String, _ expected: [String]) {
        #expect(LetterPlaceholder.names(in: text) == expected)
    }

    @Test("each kind takes the common placeholders and its own; lists are the list placeholders")
    func kinds() {
        #expect(LetterKind.invitation.placeholders.filter(\.isList) == [.stages, .bring])
        #expect(LetterKind.rejection.placeholders == [.candidate, .position, .strengths, .development])
        #expect(LetterKind.screeningRejection.placeholders == [.candidate, .position, .conditions])
        #expect(LetterContent.duration(175, in: .ru) == "2\u{00A0}ч 55\u{00A0}мин")
        #expect(LetterContent.duration(30, in: .en) == "30\u{00A0}min")
        #expect(LetterContent.duration(60, in: .en) == "1\u{00A0}h")
    }
}
