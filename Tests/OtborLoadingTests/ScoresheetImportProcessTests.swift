import Foundation
import OtborCore
import OtborTestSupport
import Testing
@testable import OtborLoading

/// A few damaged scoresheets (``YAMLMutator``, same seed as the in-process corpus) given to the
/// real `otbor interview import` process: it refuses them with the loader's own diagnostics and
/// leaves everything the database holds as it was.
@Suite("Malformed scoresheets imported by otbor")
struct ScoresheetImportProcessTests {
    static let sheet = FixtureWorkspace.fixtures.appendingPathComponent("scoresheets/real-group-exercise.yaml")
    /// Process runs are slow: this many damaged sheets, each of a different kind of damage.
    static let runs = 6

    /// Today as `otbor interview import` reads it.
    static var today: CalendarDate? {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    @Test("six damaged scoresheets: otbor interview import exits 1, prints every error at its position, writes nothing")
    func damagedImports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-import-mutation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("campaign.sqlite").path
        let options = ["--database", database, "--workspace", FixtureWorkspace.repository.path, "--lang", "en"]
        func otbor(_ arguments: [String]) throws -> OtborProcess.Output {
            try OtborProcess.run(arguments + options, in: folder)
        }
        let names = ["Анна Петрова", "Борис Орлов"]
        for name in names {
            #expect(try otbor(["candidates", "add", name, "--consent-date", "2026-11-01", "--by", "test"]).status == 0)
        }
        let known = names.enumerated().map { KnownCandidate(id: Int64($0.offset + 1), name: $0.element) }
        let good = try Data(contentsOf: Self.sheet)
        try good.write(to: folder.appendingPathComponent("good.yaml"))
        // The undamaged sheet would import: whatever is refused below is refused for its damage.
        #expect(try otbor(["interview", "import", "good.yaml", "--dry-run", "--by", "test"]).status == 0)
        let before = try Self.candidates(otbor(["export", "--format", "json"]))
        #expect(before.count == 2)

        let corpus = MutationCorpus(seed: MutationCorpus.seed, salt: 0x1A55, originals: [.init(path: "sheet.yaml", data: good)])
        var chosen: [(mutation: Mutation, name: String, errors: [Diagnostic])] = []
        for index in 0..<(4 * MutationKind.allCases.count) where chosen.count < Self.runs {
            let mutation = corpus.mutation(index)
            guard !chosen.contains(where: { $0.mutation.kind == mutation.kind }) else { continue }
            let name = "damaged-\(index).yaml"
            let result = ScoresheetLoader.parse(mutation.data, path: name, library: SingleFileLoad.shipped.library, today: Self.today)
            let errors = (result.diagnostics + result.resolveCandidates(known) { _ in nil }.diagnostics).sorted().errors
            if !errors.isEmpty { chosen.append((mutation, name, errors)) }
        }
        #expect(chosen.count == Self.runs)

        for (mutation, name, errors) in chosen {
            try mutation.data.write(to: folder.appendingPathComponent(name))
            let output = try otbor(["interview", "import", name, "--by", "test"])
            #expect([1, 2].contains(output.status), "\(mutation): exit status \(output.status)")
            #expect(output.stdout == "", "\(mutation)")
            for error in errors {
                #expect(output.stderr.contains(error.description), "\(mutation): \(error) missing from\n\(output.stderr)")
            }
            let counted = errors.count == 1 ? "error" : "errors"
            #expect(output.stderr.hasSuffix("\(name): \(errors.count) \(counted); nothing was imported\n"), "\(mutation): \(output.stderr)")
            #expect(!output.stderr.contains("Fatal error"), "\(mutation)")
        }
        // Everything the database holds about the candidates, sessions and answers included, is as it was.
        #expect(try Self.candidates(otbor(["export", "--format", "json"])) == before)
    }

    /// The `candidates` of `otbor export --format json`, as canonical JSON text (its time stamp left out).
    static func candidates(_ output: OtborProcess.Output) throws -> [String] {
        #expect(output.status == 0, "\(output.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let candidates = try #require(document["candidates"] as? [Any])
        return try candidates.map { candidate in
            String(decoding: try JSONSerialization.data(withJSONObject: candidate, options: [.sortedKeys]), as: UTF8.self)
        }
    }
}
