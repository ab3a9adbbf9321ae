import Foundation
import OtborCore
import Testing
@testable import OtborLoading

/// A guide's `alternatives` and a process's `visit` and `optional`, as the loader reads and checks
/// them: each problem at its path:line:column, and the library with the groups and visits.
struct AlternativesLoadingTests {
    static let secondItem = """
          - id: delay
            type: question
            kind: behavioural
            text: Расскажите о задержке.
            checks: Как кандидат сообщает о задержке.
            competencies: {responsibility: 1}
            authored: for the test

        """

    /// The minimal workspace with a second question in `phone`, `alternatives` (when given) after the
    /// items, and the process replaced by `process` (when given).
    static func workspace(alternatives: String?, process: String? = nil) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-alternatives-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: FixtureWorkspace.minimal, to: root)
        let guide = root.appendingPathComponent("Interviews/phone.yaml")
        var text = try String(contentsOf: guide, encoding: .utf8) + secondItem
        if let alternatives { text += "alternatives:\n" + alternatives + "\n" }
        try text.write(to: guide, atomically: true, encoding: .utf8)
        if let process {
            let profile = root.appendingPathComponent("Profiles/tester.yaml")
            let old = try String(contentsOf: profile, encoding: .utf8)
            let start = try #require(old.range(of: "process:\n"))
            try (String(old[..<start.upperBound]) + process + "\n").write(to: profile, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test("a well-formed group loads with its items and run")
    func loads() throws {
        let root = try Self.workspace(alternatives: "  - {items: [conflict, delay], run: 1, note: {ru: Один из двух, en: One of two}}")
        defer { try? FileManager.default.removeItem(at: root) }
        let loaded = WorkspaceLoader(root: root).load()
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded.library.guide("phone")?.alternatives == [AlternativeGroup(items: ["conflict", "delay"], run: 1,
                                                                               note: LocalizedText(ru: "Один из двух", en: "One of two"))])
    }

    @Test("a group's problems, each where it is", arguments: [
        ("  - {items: [conflict, lateness], run: 1}",
         "Interviews/phone.yaml:26:24: error: 'alternatives' names item 'lateness', which this guide does not have; its items: conflict, delay"),
        ("  - {items: [conflict, delay], run: 3}",
         "Interviews/phone.yaml:26:37: error: 'run' (3) is more than the group's 2 items; it must be 1–2"),
        ("  - {items: [conflict], run: 1}\n  - {items: [delay, conflict], run: 1}",
         "Interviews/phone.yaml:27:21: error: item 'conflict' is in two groups of 'alternatives'; an item may be in one group"),
    ])
    func problems(_ alternatives: String, _ expected: String) throws {
        let root = try Self.workspace(alternatives: alternatives)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(WorkspaceLoader(root: root).load().diagnostics.map(\.description).filter { $0.contains("error") } == [expected])
    }

    @Test("a process's visits and optional stages load; their problems are placed", arguments: [
        ("  - {guide: phone, weight: 1, visit: day}\n  - {guide: roleplay, weight: 2, visit: day}", [String]()),
        ("  - {guide: phone, weight: 1}\n  - {guide: roleplay, weight: 2, optional: true}", []),
        ("  - {guide: phone, weight: 1, visit: day}\n  - {guide: roleplay, weight: 2}\n  - {guide: phone, weight: 1, visit: day}",
         ["Profiles/tester.yaml:18:38: error: the entries of visit 'day' must follow one another in 'process'"]),
        ("  - {guide: phone, weight: 1, visit: day}\n  - {guide: roleplay, weight: 2, visit: day, optional: true}",
         ["Profiles/tester.yaml:17:56: error: visit 'day' has optional and required entries; mark all of them 'optional: true' or none"]),
    ])
    func visits(_ process: String, _ expected: [String]) throws {
        let root = try Self.workspace(alternatives: nil, process: process)
        defer { try? FileManager.default.removeItem(at: root) }
        let loaded = WorkspaceLoader(root: root).load()
        #expect(loaded.diagnostics.map(\.description).filter { $0.contains("error") } == expected)
        if expected.isEmpty {
            let stages = try #require(loaded.library.profile("tester")).process
            #expect(stages.map(\.visit) == (process.contains("visit") ? ["day", "day"] : [nil, nil]))
            #expect(stages.map(\.isOptional) == [false, process.contains("optional")])
        }
    }
}
