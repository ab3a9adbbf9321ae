import OtborCore
import OtborHTML

/// A candidate letter as a printable HTML page: the subject as its heading, the paragraphs and
/// lists escaped by ``HTMLWriter``, the candidate's name isolated from the text's direction.
public struct LetterPage: Sendable {
    public var letter: FilledLetter
    public var language: ContentLanguage

    public init(letter: FilledLetter, language: ContentLanguage) {
        self.letter = letter
        self.language = language
    }

    /// The whole document.
    public func render() -> String {
        Page(title: letter.subject, language: language.rawValue, bodyClass: "candidate-letter",
             frame: .print(PrintFrame(stylesheet: Self.stylesheet))).render { w in write(to: &w) }
    }

    func write(to w: inout HTMLWriter) {
        w.element("main") { w in
            w.element("h1", text: letter.subject)
            for block in letter.blocks {
                switch block {
                case .paragraph(let text):
                    w.element("p", text: text)
                case .list(let items):
                    w.element("ul") { w in
                        for item in items { w.element("li", text: item) }
                    }
                }
            }
        }
    }

    static let stylesheet: StaticString = """
        @page { size: A4; margin: 20mm; }
        body { font-family: "PT Serif", Georgia, serif; font-size: 12pt; line-height: 1.5; color: #1a1a1a; max-width: 42em; margin: 2em auto; }
        h1 { font-size: 14pt; margin: 0 0 1.2em; }
        p, ul { margin: 0 0 0.8em; }
        """
}
