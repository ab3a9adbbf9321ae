import Foundation
import OtborCore
import Testing
@testable import OtborLoading

/// The shipped content files damaged a thousand ways (``YAMLMutator``): loading always returns —
/// a crash would end the test process, a hang the test — and every problem is reported at a line
/// and column inside a real file of the workspace. A failure names the seed, the mutation's
/// number, kind and file, and saves the damaged file.
@Suite("Malformed data files")
struct MalformedContentTests {
    static let originals = (try? MutationCorpus.contentFiles(of: FixtureWorkspace.repository)) ?? []
    static let corpus = MutationCorpus(seed: MutationCorpus.seed, originals: originals)
    /// 66 rounds of the 16 kinds of damage.
    static let count = 66 * MutationKind.allCases.count
    /// Damage that always leaves a file that cannot be read.
    static let alwaysFatal: Set<MutationKind> = [.empty, .badUTF8, .binaryJunk]

    @Test("1,056 damaged content files load without a crash, every diagnostic inside the damaged file")
    func damagedFiles() throws {
        let mutations = Self.corpus.mutations(Self.count)
        #expect(Self.originals.count >= 20)
        #expect(mutations.count >= 1_000)
        #expect(Set(mutations.map(\.kind)) == Set(MutationKind.allCases))
        #expect(Set(mutations.map(\.path)).count == Self.originals.count)
        var failures: [String] = []
        var tally: [MutationKind: (errors: Int, total: Int)] = [:]
        for mutation in mutations {
            let diagnostics = SingleFileLoad.diagnostics(mutation.data, path: mutation.path)
            let bounds = FileBounds(mutation.data)
            for diagnostic in diagnostics {
                if diagnostic.path != mutation.path {
                    failures.append("\(mutation): diagnostic of another file: \(diagnostic)")
                } else if let problem = bounds.problem(with: diagnostic) {
                    failures.append("\(mutation): \(diagnostic): \(problem); \(mutation.saved())")
                }
            }
            if mutation.kind == .badUTF8, let line = mutation.damagedLine {
                let lines = diagnostics.filter { $0.message.contains("UTF-8") }.map(\.line)
                if lines != [line] { failures.append("\(mutation): expected one UTF-8 error on line \(line), got \(diagnostics)") }
            }
            let errors = diagnostics.hasErrors ? 1 : 0
            tally[mutation.kind, default: (0, 0)] = (tally[mutation.kind, default: (0, 0)].errors + errors,
                                                      tally[mutation.kind, default: (0, 0)].total + 1)
        }
        #expect(failures.isEmpty, "\(failures.count) problem(s), seed \(Self.corpus.seed):\n\(failures.prefix(15).joined(separator: "\n"))")
        for kind in MutationKind.allCases {
            let (errors, total) = tally[kind, default: (0, 0)]
            print("  \(kind.rawValue): \(errors) of \(total) mutations reported an error")
            if Self.alwaysFatal.contains(kind) { #expect(errors == total, "\(kind.rawValue), seed \(Self.corpus.seed)") }
        }
        let errors = tally.values.map(\.errors).reduce(0, +)
        // Most damage must be noticed; some (a swapped pair of list items, a flipped letter in a text) is harmless.
        #expect(Double(errors) >= 0.6 * Double(mutations.count), "only \(errors) of \(mutations.count) reported an error")
    }

    /// The files other files refer to: the library, a guide of every profile's process, a profile.
    static let referenced = ["Profiles/competencies.yaml", "Interviews/phone-screen.yaml", "Profiles/senior-support-manager.yaml"]

    @Test("damage that breaks references between files is reported at positions inside the files that refer",
          arguments: MutationKind.allCases)
    func damagedWorkspace(_ kind: MutationKind) throws {
        let workspace = try TemporaryWorkspace(Self.originals)
        let corpus = MutationCorpus(seed: Self.corpus.seed, salt: 0x5EED,
                                    originals: Self.originals.filter { Self.referenced.contains($0.path) })
        let kinds = MutationKind.allCases.count
        let index = MutationKind.allCases.firstIndex(of: kind)!
        for mutation in (0..<3).map({ corpus.mutation(index + $0 * kinds) }) {
            try workspace.write(mutation.data, to: mutation.path)
            defer { try? workspace.restore(mutation.path) }
            for diagnostic in WorkspaceLoader(root: workspace.root).load().diagnostics {
                guard let data = workspace.contents[diagnostic.path] else {
                    Issue.record("\(mutation): \(diagnostic) names no file of the workspace")
                    continue
                }
                let current = diagnostic.path == mutation.path ? mutation.data : data
                if let problem = FileBounds(current).problem(with: diagnostic) {
                    Issue.record("\(mutation): \(diagnostic): \(problem); \(mutation.saved())")
                }
                if diagnostic.severity == .error, diagnostic.path != mutation.path {
                    #expect(diagnostic.message.hasPrefix("unknown "), "\(mutation): \(diagnostic) is not a broken reference")
                }
            }
        }
    }

    @Test("a competency removed from the library is reported at every reference to it, inside those files")
    func removedCompetency() throws {
        let workspace = try TemporaryWorkspace(Self.originals)
        let library = try #require(workspace.contents[WorkspaceLoader.libraryFile])
        let text = String(decoding: library, as: UTF8.self)
        let start = try #require(text.range(of: "  - id: stress-resistance\n"))
        let end = try #require(text.range(of: "\n  - id: ", range: start.upperBound..<text.endIndex))
        try workspace.write(Data((String(text[..<start.lowerBound]) + String(text[end.lowerBound...].dropFirst())).utf8),
                            to: WorkspaceLoader.libraryFile)
        let errors = WorkspaceLoader(root: workspace.root).load().diagnostics.errors
        #expect(errors.count >= 3)
        for error in errors {
            #expect(error.message.hasPrefix("unknown competency 'stress-resistance'"))
            #expect(error.path != WorkspaceLoader.libraryFile)
            let data = try #require(workspace.contents[error.path])
            #expect(FileBounds(data).problem(with: error) == nil, "\(error)")
            let line = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")[error.line - 1]
            #expect(line.dropFirst(error.column - 1).hasPrefix("stress-resistance"), "\(error) points at \(line)")
        }
    }
}
