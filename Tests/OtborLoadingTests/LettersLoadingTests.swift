import Foundation
import OtborCore
import Testing
@testable import OtborLoading

/// `Letters/letters.yaml`: read into the library, and every problem — an unknown placeholder with
/// the names the letter takes, a missing translation, placeholders that differ between the
/// languages, a list inside a sentence, a kind twice or missing — reported in one run at its place.
struct LettersLoadingTests {
    static let fixtures = FixtureWorkspace.fixtures.appendingPathComponent("letters")

    /// The minimal workspace with `fixture` as its letters file.
    static func load(_ fixture: String) throws -> WorkspaceLoader.Result {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-letters-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: FixtureWorkspace.minimal, to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Letters")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: folder.appendingPathComponent("letters.yaml"))
        return WorkspaceLoader(root: root).load()
    }

    @Test("a clean letters file loads into the library with its four letters, visits, bring and conditions")
    func clean() throws {
        let result = try Self.load("valid.yaml")
        #expect(result.diagnostics.map(\.description) == [])
        let letters = try #require(result.library.letters)
        #expect(letters.letters.map(\.kind) == [.invitation, .rejection, .screeningRejection, .offer])
        #expect(letters.visits["interview"]?.en == "interview")
        #expect(letters.bring[.phone]?.ru == "Телефон")
        #expect(letters.condition(.schedule)?.quotesRequirement == true)
        #expect(letters.template(.invitation)?.paragraphs.count == 2)
    }

    static let expected = [
        "Letters/letters.yaml:4:10: error: 'phone' has no English translation; letters are sent in either language, so write both 'ru' and 'en'",
        "Letters/letters.yaml:8:3: error: no 'screening-rejection' letter; the file needs one of each: invitation, rejection, screening-rejection, offer",
        "Letters/letters.yaml:9:14: error: the Russian and English texts of 'subject' use different placeholders (ru: {visit}; en: {vist})",
        "Letters/letters.yaml:9:60: error: unknown placeholder '{vist}' in the invitation letter; it takes: "
            + "{candidate}, {position}, {visit}, {when}, {stages}, {duration}, {bring}",
        "Letters/letters.yaml:11:29: error: unknown placeholder '{candidat}' in the invitation letter; it takes: "
            + "{candidate}, {position}, {visit}, {when}, {stages}, {duration}, {bring}",
        "Letters/letters.yaml:11:53: error: unknown placeholder '{candidat}' in the invitation letter; it takes: "
            + "{candidate}, {position}, {visit}, {when}, {stages}, {duration}, {bring}",
        "Letters/letters.yaml:12:22: error: '{stages}' is a list: write it as a paragraph of its own",
        "Letters/letters.yaml:12:46: error: '{stages}' is a list: write it as a paragraph of its own",
        "Letters/letters.yaml:16:15: error: '{strengths}' is a list: write it as a paragraph of its own",
        "Letters/letters.yaml:16:29: error: unknown placeholder '{conditions}' in the rejection letter; it takes: "
            + "{candidate}, {position}, {strengths}, {development}",
        "Letters/letters.yaml:16:49: error: '{strengths}' is a list: write it as a paragraph of its own",
        "Letters/letters.yaml:16:65: error: unknown placeholder '{conditions}' in the rejection letter; it takes: "
            + "{candidate}, {position}, {strengths}, {development}",
        "Letters/letters.yaml:17:5: error: a second 'rejection' letter; each kind has one template",
        "Letters/letters.yaml:20:9: error: 'body' has no English translation; letters are sent in either language, so write both 'ru' and 'en'",
    ]

    @Test("every problem of a file with several, in one run, each at its line and column")
    func severalDefects() throws {
        let result = try Self.load("several-defects.yaml")
        #expect(result.diagnostics.map(\.description) == Self.expected)
        #expect(result.library.letters != nil)
    }

    @Test("the shipped letters file loads clean with every kind, and names every visit label the profiles use")
    func shipped() throws {
        let result = WorkspaceLoader(root: FixtureWorkspace.repository).load(warnings: true)
        #expect(result.diagnostics.filter { $0.path == WorkspaceLoader.lettersFile }.map(\.description) == [])
        let letters = try #require(result.library.letters)
        #expect(Set(letters.letters.map(\.kind)) == Set(LetterKind.allCases))
        let labels = Set(result.library.profiles.flatMap(\.process).compactMap(\.visit))
        #expect(labels.subtracting(letters.visits.keys) == [])
        let topics = Set(result.library.profiles.flatMap(\.screening).map(\.topic))
        #expect(topics.filter { letters.condition($0) == nil } == [])
    }
}
