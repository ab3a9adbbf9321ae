import Foundation
import Testing
@testable import OtborLoading

/// The working day and the responsibility case exist once per support business, each declares the
/// profile it is written for, and a process that borrows another business's variant is warned about.
struct SupportVariantsTests {
    typealias Variant = (profile: String, workingDay: String, responsibilityCase: String)

    static let variants: [Variant] = ShippedContentTests.ownVariants

    /// A copy of the shipped workspace whose `profile` runs `borrowed` guides in place of its own.
    static func workspace(_ profile: String, replacing own: [String], with borrowed: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-variants-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Profiles", "Interviews"] {
            try FileManager.default.copyItem(at: FixtureWorkspace.repository.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
        let file = root.appendingPathComponent("Profiles/\(profile).yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        for (mine, theirs) in zip(own, borrowed) {
            text = text.replacingOccurrences(of: "{guide: \(mine), ", with: "{guide: \(theirs), ")
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return root
    }

    /// The guides the loader warns about as written for other profiles, with the profiles named.
    static func borrowedWarnings(_ root: URL) -> [String] {
        WorkspaceLoader(root: root).load().diagnostics.compactMap { diagnostic in
            guard case .workspace(.guideForOtherProfiles(let guide, let writtenFor)) = diagnostic.kind else { return nil }
            return "\(diagnostic.path): \(guide) for \(writtenFor.joined(separator: ","))"
        }
    }

    @Test("the shipped processes run their own variants with no warning")
    func shippedClean() throws {
        let root = try Self.workspace("senior-support-manager", replacing: [], with: [])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.borrowedWarnings(root) == [])
    }

    @Test("a profile that runs the next business's working day and case is warned at both stages",
          arguments: variants.indices)
    func borrowed(_ index: Int) throws {
        let mine = Self.variants[index], theirs = Self.variants[(index + 1) % Self.variants.count]
        let root = try Self.workspace(mine.profile, replacing: [mine.workingDay, mine.responsibilityCase],
                                      with: [theirs.workingDay, theirs.responsibilityCase])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.borrowedWarnings(root).sorted() == [
            "Profiles/\(mine.profile).yaml: \(theirs.responsibilityCase) for \(theirs.profile)",
            "Profiles/\(mine.profile).yaml: \(theirs.workingDay) for \(theirs.profile)",
        ])
    }
}
