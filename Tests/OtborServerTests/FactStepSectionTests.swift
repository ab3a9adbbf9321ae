import OtborCore
import OtborHTML
@testable import OtborServer
import Testing

/// A screening fact on the console's scoring page: its options as radios with their verdicts and
/// "not asked", or one amount field for salary, showing the answer recorded.
struct FactStepSectionTests {
    static func text(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    static let guide = InterviewGuide(id: "screen", kind: .phone, title: text("Скрининг", "Screen"), duration: 10, items: [
        GuideItem(id: "lead", content: .fact(ScreeningFact(topic: .managementExperience, text: text("Руководили?", "Led people?"), options: [
            .init(id: "never", text: text("Нет", "No"), verdict: .fail, reason: text("не руководил", "never led")),
            .init(id: "yes", text: text("Да", "Yes"), verdict: .pass, reason: text("руководил", "led")),
        ]))),
        GuideItem(id: "money", content: .fact(ScreeningFact(topic: .salary, text: text("Сколько?", "How much?")))),
    ])

    static func html(_ key: String, answer: AnswerValue?, _ language: ContentLanguage) -> String {
        let step = guide.step(key: key)!
        var w = HTMLWriter()
        InterviewStepSection(strings: ConsoleStrings(language), session: SessionID(7), guide: guide, library: ContentLibrary(),
                             step: step, index: 0, count: 2, answer: answer, note: nil, csrfToken: "t").write(to: &w)
        return w.output
    }

    @Test("options are radios with their verdict, the chosen one checked, then not asked")
    func options() {
        let page = Self.html("lead#fact", answer: .fact(.option("never")), .en)
        #expect(page.contains(#"data-kind="fact""#))
        #expect(page.contains(#"<input type="radio" name="option" value="never" checked="checked"/>"#))
        #expect(page.contains(#"<input type="radio" name="option" value="yes"/>"#))
        #expect(page.contains(#"<input type="radio" name="option" value="n"/>"#))
        #expect(page.contains("knock-out") && page.contains("fits") && page.contains("not asked"))
        #expect(Self.html("lead#fact", answer: nil, .ru).contains("стоп-фактор"))
    }

    @Test("a salary fact is one amount field holding the amount recorded")
    func amount() {
        let page = Self.html("money#fact", answer: .fact(.amount(150_000)), .en)
        #expect(page.contains(#"name="value""#) && page.contains(#"value="150000""#))
        #expect(!page.contains(#"name="option""#))
    }
}
