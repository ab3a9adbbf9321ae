import Foundation
@testable import OtborCLI
import OtborTestSupport
import Testing

/// Names in the terminal: right-to-left text and direction controls are isolated (FSI…PDI) as the
/// HTML isolates them with `<bdi>`, and a candidate whose name looks like an id is reached by `name:`.
@Suite("Person text in the terminal")
struct PersonTextTests {
    @Test("isolation: plain names unchanged, bidi text between FSI and PDI, isolates inside balanced", arguments: [
        ("Анна Петрова", "Анна Петрова"),
        ("Ann O'Neil", "Ann O'Neil"),
        ("\u{202E}evil", "\u{2068}\u{202E}evil\u{2069}"),
        ("שרה", "\u{2068}שרה\u{2069}"),
        ("a\u{2069}b", "\u{2068}ab\u{2069}"),
        ("\u{2067}x", "\u{2068}\u{2067}x\u{2069}\u{2069}"),
        ("\u{2066}x\u{2069}\u{2069}y", "\u{2068}\u{2066}x\u{2069}y\u{2069}"),
    ])
    func isolation(_ name: String, _ shown: String) {
        #expect(ConsoleWording.isolated(name) == shown)
        #expect(ConsoleWording.width(ConsoleWording.isolated(name)) == ConsoleWording.width(name.replacingOccurrences(of: "\u{2069}", with: "")))
    }

    @Test("candidates list and show isolate a name with a right-to-left override, and the columns stay aligned")
    func listIsolates() throws {
        let fixture = try PeopleFixture()
        try fixture.add("\u{202E}Анна")
        try fixture.add("Борис Орлов")
        let list = try fixture.run(["candidates", "list", "--lang", "en"])
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n").map(String.init)
        let anna = try #require(lines.first { $0.contains("Анна") })
        #expect(anna.contains("\u{2068}\u{202E}Анна\u{2069}"))
        let boris = try #require(lines.first { $0.contains("Борис") })
        // The column after the name starts at the same place on the screen in both rows.
        func sourceColumn(_ line: String, after name: String) -> Int {
            let visible = line.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) && $0.value != 0x202E }
            let text = String(String.UnicodeScalarView(visible))
            let end = text.range(of: name)!.upperBound
            return text.distance(from: text.startIndex, to: end) + text[end...].prefix { $0 == " " }.count
        }
        #expect(sourceColumn(anna, after: "Анна") == sourceColumn(boris, after: "Борис Орлов"))
        let show = try fixture.run(["candidates", "show", "1", "--lang", "en"])
        #expect(show.stdout.hasPrefix("Candidate 1: \u{2068}\u{202E}Анна\u{2069}"), "\(show.stdout.prefix(80))")
    }

    @Test("a candidate named like an id is reached by name:, an id by id:; plain text prefers the id", arguments: [
        ("2", "Candidate 2: 3"), ("name:2", "Candidate 3: 2"), ("id:3", "Candidate 3: 2"), ("name:3", "Candidate 2: 3"),
        ("NAME:x", "error: no candidate 'NAME:x'"), ("id:x", "error: no candidate 'id:x'"), ("name:Анна", "Candidate 1: Анна"),
    ])
    func nameThatLooksLikeAnID(_ reference: String, _ expected: String) throws {
        let fixture = try PeopleFixture()
        try fixture.add("Анна")
        try fixture.add("3")
        try fixture.add("2")
        let show = try fixture.run(["candidates", "show", reference, "--lang", "en"])
        #expect((show.stdout + show.stderr).contains(expected), "\(show.stdout.prefix(60)) \(show.stderr)")
    }

    @Test("the help of a command that takes a candidate names the id: and name: forms")
    func help() throws {
        let output = try OtborProcess.run(["candidates", "show", "--help"])
        #expect(output.stdout.contains("id:N or name:TEXT"), "\(output.stdout)")
    }
}
