import Foundation
import Testing
@testable import OtborLoading

/// A guide may declare the profiles it is written for (`for`); a process that uses it for another
/// profile is warned about at the stage, and a profile the declaration names must exist.
struct GuideAudienceTests {
    /// The minimal workspace with a second profile, `other`, and the role play declared `for` `declared`.
    static func workspace(declaring declared: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-audience-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: FixtureWorkspace.minimal, to: root)
        let tester = try String(contentsOf: root.appendingPathComponent("Profiles/tester.yaml"), encoding: .utf8)
        try tester.replacingOccurrences(of: "id: tester", with: "id: other")
            .write(to: root.appendingPathComponent("Profiles/other.yaml"), atomically: true, encoding: .utf8)
        let guide = root.appendingPathComponent("Interviews/roleplay.yaml")
        try String(contentsOf: guide, encoding: .utf8)
            .replacingOccurrences(of: "kind: role-play\n", with: "kind: role-play\nfor: \(declared)\n")
            .write(to: guide, atomically: true, encoding: .utf8)
        return root
    }

    @Test("a stage whose guide is written for other profiles is warned about at the stage", arguments: [
        ("[other]", ["Profiles/tester.yaml:17:13: warning: guide 'roleplay' is written for other, not for this profile; "
            + "use a variant written for this profile or add it to the guide's `for`"]),
        ("[other, tester]", []),
        ("[tester]", ["Profiles/other.yaml:17:13: warning: guide 'roleplay' is written for tester, not for this profile; "
            + "use a variant written for this profile or add it to the guide's `for`"]),
    ])
    func otherProfiles(_ declared: String, _ expected: [String]) throws {
        let root = try Self.workspace(declaring: declared)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(WorkspaceLoader(root: root).load().diagnostics.map(\.description) == expected)
    }

    @Test("a command that needs only the content skips the warning checks: the same library and errors, no warnings")
    func withoutWarnings() throws {
        let root = try Self.workspace(declaring: "[other]")
        defer { try? FileManager.default.removeItem(at: root) }
        let full = WorkspaceLoader(root: root).load(), bare = WorkspaceLoader(root: root).load(warnings: false)
        #expect(full.diagnostics.count == 1 && bare.diagnostics.isEmpty)
        #expect(bare.library.guides.map(\.id) == full.library.guides.map(\.id) && bare.library.profiles == full.library.profiles)
    }
}
