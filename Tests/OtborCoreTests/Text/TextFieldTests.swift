import OtborCore
import Testing

@Suite("Text fields: one rule for what people type, at every entry")
struct TextFieldTests {
    @Test("accepted text is trimmed and kept whole; notes keep their line breaks and tabs", arguments: [
        (TextField.name, "  Анна Петрова ", "Анна Петрова"),
        (.name, "Zoë \u{202E}Smith", "Zoë \u{202E}Smith"),
        (.note, "\nПервая строка\n\tвторая\n", "Первая строка\n\tвторая"),
        (.assessor, String(repeating: "я", count: 200), String(repeating: "я", count: 200)),
    ])
    func accepted(field: TextField, text: String, stored: String) {
        #expect(field.check(text) == .success(stored))
    }

    @Test("refused text says why, with the position of a control character", arguments: [
        (TextField.name, "   ", TextProblem.empty),
        (.name, "\u{301}\u{301}", .nothingVisible),
        (.name, "\u{202E}\u{200B}", .nothingVisible),
        (.name, "Анна\nПетрова", .controlCharacter("\n", at: TextPosition(line: 1, column: 5, scalar: "\n"))),
        (.note, "до\nпосле\u{0}конец", .controlCharacter("\u{0}", at: TextPosition(line: 2, column: 6, scalar: "\u{0}"))),
        (.note, "Esc \u{1B}[A", .controlCharacter("\u{1B}", at: TextPosition(line: 1, column: 5, scalar: "\u{1B}"))),
        (.line, String(repeating: "a", count: 201), .tooLong(201, limit: 200)),
        (.note, String(repeating: "б", count: 10_001), .tooLong(10_001, limit: 10_000)),
    ])
    func refused(field: TextField, text: String, problem: TextProblem) {
        #expect(field.check(text) == .failure(problem))
    }

    @Test("the description of a control character names it and where it is")
    func description() {
        let problem = TextProblem.controlCharacter("\u{0}", at: TextPosition(line: 3, column: 12, scalar: "\u{0}"))
        #expect(problem.description == "it holds the control character U+0000 at line 3, column 12")
        #expect(TextProblem.tooLong(250, limit: 200).description == "it is 250 characters long; the most is 200")
    }
}
