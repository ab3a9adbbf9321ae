import Foundation
import OtborLoading
import OtborTestSupport
import Testing

/// Inputs of any size get their answer quickly: files over their limits are refused unread, and
/// the terminal shows the first 100 diagnostics, then how many more there are.
@Suite("Input limits")
struct InputLimitTests {
    static let workspace = ["--workspace", OtborProcess.repository.path]

    // How fast such a file is refused is a figure of `otbor bench` (`refused_input.refuse_s`, goal
    // < 10 s in a release build), not of this test: a debug build on a loaded machine takes longer.
    @Test("a scoresheet just under the limits with an unknown step on every line: refused, 100 diagnostics printed, then how many more")
    func manyDiagnostics() throws {
        let folder = try TemporaryFolder("otbor-limits")
        var text = "profile: senior-support-manager\nguide: phone-screen\nassessor: Ирина\nconducted: 2026-11-20\nsheets:\n  - candidate: 1\n    answers:\n"
        for index in 0..<(DataFile.yamlNodeLimit - 10) { text += "      unknown-step-\(String(repeating: "x", count: 150))-\(index): 3\n" }
        let sheet = folder.url.appendingPathComponent("dense.yaml")
        try Data(text.utf8).write(to: sheet)
        let output = try OtborProcess.run(["interview", "import", sheet.path, "--dry-run", "--lang", "en"] + Self.workspace, in: folder.url)
        #expect(output.status == 1)
        let errors = output.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 100, "\(errors.count) diagnostics printed")
        #expect(output.stderr.contains("… and 19,891 more"), "\(output.stderr.suffix(400))")
        #expect(output.stderr.utf8.count < 100_000)
    }

    @Test("stats agreement streams its file: a 1 GB line and a line over 64 KiB are refused at their number, a file over 4 MiB at the line that passes it",
          arguments: [("huge", 2, "this line is longer than 65,536 bytes"), ("wide", 3, "this line is longer than 65,536 bytes"),
                      ("long", 4_175, "the file is larger than 4,194,304 bytes (4 MiB)")])
    func ratingsLimits(name: String, line: Int, message: String) throws {
        let folder = try TemporaryFolder("otbor-limits")
        let file = folder.url.appendingPathComponent("\(name).csv")
        switch name {
        case "huge":
            // Sparse: a 1 GB line of NULs after the header, of which only the first 64 KiB are read.
            FileManager.default.createFile(atPath: file.path, contents: Data("name,A,B\n".utf8))
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: 1 << 30)
            try handle.close()
        case "wide":
            try Data("name,A,B\nx,1,2\n\(String(repeating: "y", count: 100_000)),1,2\nz,3,4\n".utf8).write(to: file)
        default:
            try Data(("name,A,B\n" + String(repeating: String(repeating: "x", count: 1_000) + ",1,2\n", count: 4_200)).utf8).write(to: file)
        }
        let start = Date()
        let output = try OtborProcess.run(["stats", "agreement", file.path, "--lang", "en"], in: folder.url)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(output.status == 1 && output.stderr.hasPrefix("\(file.path):\(line): error: \(message)"), "\(output.stderr)")
    }

    @Test("validate --format json carries the first 100 diagnostics and counts the rest in more_diagnostics")
    func validateJSONCapped() throws {
        let folder = try TemporaryFolder("otbor-limits")
        let root = folder.url.appendingPathComponent("workspace")
        try FileManager.default.copyItem(at: OtborProcess.repository.appendingPathComponent("Tests/Fixtures/minimal"), to: root)
        let keys = (0..<250).map { "unknown-key-\($0): 1\n" }.joined()
        try Data("id: phone\nkind: phone\ntitle: T\nduration: 5\nitems: []\n\(keys)".utf8)
            .write(to: root.appendingPathComponent("Interviews/phone.yaml"))
        let output = try OtborProcess.run(["validate", "--workspace", root.path, "--format", "json"], in: folder.url)
        #expect(output.status == 1)
        let json = try #require(try output.json() as? [String: Any])
        let errors = try #require(json["errors"] as? Int), warnings = try #require(json["warnings"] as? Int)
        #expect(errors >= 251, "250 unknown keys and the empty list")
        #expect((json["diagnostics"] as? [Any])?.count == 100)
        #expect(json["more_diagnostics"] as? Int == errors + warnings - 100)
        let text = try OtborProcess.run(["validate", "--workspace", root.path, "--lang", "en"], in: folder.url)
        #expect(text.stdout.contains("… and \(errors + warnings - 100) more"), "\(text.stdout.suffix(300))")
    }
}
