import Foundation
import OtborCore
import Testing
@testable import OtborLoading

/// Good scoresheets damaged by ``YAMLMutator`` and read by ``ScoresheetLoader`` in-process, with
/// their candidates resolved as `otbor interview import` does: reading always returns and every
/// problem is reported at a line and column inside the scoresheet.
@Suite("Malformed scoresheets")
struct ScoresheetMutationTests {
    static let minimal = WorkspaceLoader(root: FixtureWorkspace.minimal).load().library
    static let shipped = SingleFileLoad.shipped.library
    static let today = CalendarDate(year: 2026, month: 12, day: 1)
    static let scoresheets = FixtureWorkspace.fixtures.appendingPathComponent("scoresheets")
    static let demo = FixtureWorkspace.repository.appendingPathComponent("Interviews/demo")

    /// The good scoresheets: the fixtures and one demo sheet of each stage (every kind of step).
    static let originals: [MutationCorpus.Original] = {
        let fixtures = ["good-phone.yaml", "good-roleplay.yaml", "real-group-exercise.yaml"].map { scoresheets.appendingPathComponent($0) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: demo.path)) ?? []
        let stages = Dictionary(grouping: names.filter { $0.hasSuffix(".yaml") }.sorted()) { $0.prefix(2) }
        let sheets = stages.keys.sorted().compactMap { stages[$0]?.first }.map { demo.appendingPathComponent($0) }
        return (fixtures + sheets).map { url in
            MutationCorpus.Original(path: url.lastPathComponent, data: (try? Data(contentsOf: url)) ?? Data())
        }
    }()

    /// The fixtures `good-*` are written for the minimal workspace, the rest for the shipped one.
    static func library(for path: String) -> ContentLibrary {
        path.hasPrefix("good-") ? minimal : shipped
    }

    /// Every candidate the good sheets name, as the database would know them.
    static let known: [KnownCandidate] = {
        let texts = originals.flatMap { original in
            ScoresheetLoader.parse(original.data, path: original.path, library: library(for: original.path), today: today)
                .candidates.map(\.text)
        }
        let names = Array(Set(texts.filter { Int64($0) == nil })).sorted()
        return names.enumerated().map { KnownCandidate(id: Int64($0.offset + 1), name: $0.element) }
    }()

    /// Reads a scoresheet and resolves its candidates: every diagnostic `otbor interview import` prints.
    static func diagnostics(_ data: Data, path: String) -> [Diagnostic] {
        let result = ScoresheetLoader.parse(data, path: path, library: library(for: path), today: today)
        let resolution = result.resolveCandidates(known) { _ in nil }
        return (result.diagnostics + resolution.diagnostics).sorted()
    }

    @Test("the good scoresheets read without errors, so every error below comes from the damage")
    func goodSheets() {
        #expect(Self.originals.count == 11)
        #expect(Self.originals.allSatisfy { !$0.data.isEmpty })
        for original in Self.originals {
            #expect(Self.diagnostics(original.data, path: original.path).errors.map(\.description) == [])
        }
    }

    @Test("320 damaged scoresheets read without a crash, every diagnostic inside the damaged sheet")
    func damagedSheets() {
        let corpus = MutationCorpus(seed: MutationCorpus.seed, salt: 0x5C0E, originals: Self.originals)
        let mutations = corpus.mutations(20 * MutationKind.allCases.count)
        #expect(mutations.count >= 300)
        #expect(Set(mutations.map(\.path)).count == Self.originals.count)
        var failures: [String] = []
        var withErrors = 0
        for mutation in mutations {
            let diagnostics = Self.diagnostics(mutation.data, path: mutation.path)
            let bounds = FileBounds(mutation.data)
            for diagnostic in diagnostics {
                if diagnostic.path != mutation.path {
                    failures.append("\(mutation): diagnostic of another file: \(diagnostic)")
                } else if let problem = bounds.problem(with: diagnostic) {
                    failures.append("\(mutation): \(diagnostic): \(problem); \(mutation.saved())")
                }
            }
            if mutation.kind == .badUTF8, let line = mutation.damagedLine,
               diagnostics.filter({ $0.message.contains("UTF-8") }).map(\.line) != [line] {
                failures.append("\(mutation): expected one UTF-8 error on line \(line), got \(diagnostics)")
            }
            if MalformedContentTests.alwaysFatal.contains(mutation.kind), !diagnostics.hasErrors {
                failures.append("\(mutation): no error for a file that cannot be read")
            }
            if diagnostics.hasErrors { withErrors += 1 }
        }
        #expect(failures.isEmpty, "\(failures.count) problem(s), seed \(corpus.seed):\n\(failures.prefix(15).joined(separator: "\n"))")
        #expect(Double(withErrors) >= 0.6 * Double(mutations.count), "only \(withErrors) of \(mutations.count) reported an error")
    }
}
