import Foundation
import OtborCore
import OtborTestSupport
import Testing
@testable import OtborLoading

/// Data files of any size are answered within bounds: one over its byte limit is refused unread,
/// one with too many lines and list items is refused before it is parsed.
@Suite("Data file limits")
struct DataFileLimitTests {
    static let library = ScoresheetLoaderTests.minimal
    static let tooLarge = "error: the file is larger than 4194304 bytes (4 MiB), more than any data file of Otbor needs; split it or trim it"

    @Test("a scoresheet or a workspace file over 4 MiB is refused at its first line, unread; one of exactly 4 MiB is read",
          arguments: [DataFile.yamlByteLimit + 1, DataFile.yamlByteLimit + 50_000_000])
    func overByteLimit(bytes: Int) throws {
        let folder = try TemporaryFolder("otbor-limits")
        let sheet = folder.url.appendingPathComponent("big.yaml")
        // Sparse: the file system reports the size, and nothing past the limit is ever read.
        FileManager.default.createFile(atPath: sheet.path, contents: nil)
        let handle = try FileHandle(forWritingTo: sheet)
        try handle.truncate(atOffset: UInt64(bytes))
        try handle.close()
        let start = Date()
        #expect(ScoresheetLoader.load(contentsOf: sheet, path: "big.yaml", library: Self.library).diagnostics.map(\.description)
            == ["big.yaml:1:1: " + Self.tooLarge])
        #expect(Date().timeIntervalSince(start) < 2)

        let workspace = folder.url.appendingPathComponent("workspace")
        try FileManager.default.copyItem(at: FixtureWorkspace.minimal, to: workspace)
        try FileManager.default.copyItem(at: sheet, to: workspace.appendingPathComponent("Profiles/big.yaml"))
        let diagnostics = WorkspaceLoader(root: workspace).load().diagnostics.map(\.description)
        #expect(diagnostics.contains("Profiles/big.yaml:1:1: " + Self.tooLarge), "\(diagnostics)")

        let exact = folder.url.appendingPathComponent("exact.yaml")
        try Data(("#" + String(repeating: "x", count: DataFile.yamlByteLimit - 2) + "\n").utf8).write(to: exact)
        #expect(ScoresheetLoader.load(contentsOf: exact, path: "exact.yaml", library: Self.library).diagnostics.map(\.description)
            == ["exact.yaml:1:1: error: the file holds no YAML document"])
    }

    @Test("a YAML file with more than 20,000 lines and list items is refused at the line that passes the limit, before it is parsed",
          arguments: [("  - {candidate: 1}\n", 20_001), ("  - [1, 2, 3, 4, 5, 6, 7, 8, 9]\n", 2_226)])
    func tooManyNodes(line: String, expectedLine: Int) {
        let text = "profile: tester\nguide: phone\nassessor: A\nsheets:\n" + String(repeating: line, count: 30_000)
        let start = Date()
        let diagnostics = ScoresheetLoader.parse(Data(text.utf8), path: "dense.yaml", library: Self.library).diagnostics
        #expect(diagnostics.map(\.description) == ["dense.yaml:\(expectedLine):1: error: the file has more than 20000 lines and list items, "
            + "more than any data file of Otbor needs; split it or trim it"])
        #expect(Date().timeIntervalSince(start) < 2)
        let under = "profile: tester\nguide: phone\nassessor: A\nsheets:\n" + String(repeating: "  - {candidate: 1}\n", count: 19_000)
        #expect(YAMLSize.lineOverLimit(in: under) == nil)
    }
}
