import Foundation
import Testing
@testable import OtborLoading

/// `otbor validate` warns when a profile scores more requirements than a panel separates, or keeps
/// so many as context that fewer than five are scored.
struct ScoredRequirementCountTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var profile: String
        /// Requirements whose `use: context` is removed (`all`) or added.
        var change: Change
        var expected: [String]
        var testDescription: String { "\(profile): \(change)" }
    }

    enum Change: Sendable, CustomStringConvertible {
        case none
        case scoreAll
        case context([String])
        var description: String {
            switch self {
            case .none: "as shipped"
            case .scoreAll: "every requirement scored"
            case .context(let ids): "context: \(ids.joined(separator: ", "))"
            }
        }
    }

    static let rows: [Row] = [
        Row(profile: "senior-support-manager", change: .none, expected: []),
        Row(profile: "senior-support-manager", change: .scoreAll, expected: [
            "Profiles/senior-support-manager.yaml:166:3: warning: the profile scores 23 requirements; assessors separate 5–8 dimensions, "
                + "so score 5 to 9 and mark the rest 'use: context' (shown with their evidence, not in S)"]),
        Row(profile: "fitness-support-manager", change: .context(["positivity", "self-management"]), expected: [
            "Profiles/fitness-support-manager.yaml:104:3: warning: the profile scores 4 requirements; assessors separate 5–8 dimensions, "
                + "so score 5 to 9 and mark the rest 'use: context' (shown with their evidence, not in S)"]),
    ]

    @Test("the scored count is warned about at the requirements list", arguments: rows)
    func count(_ row: Row) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-scored-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Profiles", "Interviews"] {
            try FileManager.default.copyItem(at: FixtureWorkspace.repository.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
        let file = root.appendingPathComponent("Profiles/\(row.profile).yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        switch row.change {
        case .none: break
        case .scoreAll:
            text = text.replacingOccurrences(of: ", use: context}", with: "}").replacingOccurrences(of: "    use: context\n", with: "")
        case .context(let ids):
            for id in ids {
                text = text.replacingOccurrences(of: "{competency: \(id), ", with: "{competency: \(id), use: context, ")
                    .replacingOccurrences(of: "  - competency: \(id)\n", with: "  - competency: \(id)\n    use: context\n")
            }
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let warnings = WorkspaceLoader(root: root).load().diagnostics.compactMap { diagnostic -> String? in
            guard case .workspace(.scoredRequirementCount) = diagnostic.kind else { return nil }
            return diagnostic.description
        }
        #expect(warnings == row.expected)
    }
}
