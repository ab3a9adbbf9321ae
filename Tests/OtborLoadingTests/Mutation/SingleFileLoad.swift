import Foundation
import OtborCore
@testable import OtborLoading

/// Reads one content file the way ``WorkspaceLoader`` reads each file — ``YAMLDocument``, the
/// file's ``NodeReader``, then its references to other files resolved by ``WorkspaceChecks`` —
/// against the rest of the shipped workspace, so a damaged file costs one parse, not thirty.
enum SingleFileLoad {
    static let shipped = WorkspaceLoader(root: FixtureWorkspace.repository).load()

    /// Every diagnostic of the file with `data` at `path` (relative to the workspace), sorted.
    static func diagnostics(_ data: Data, path: String) -> [Diagnostic] {
        let (node, problem) = YAMLDocument.parse(data, path: path)
        guard let node else { return problem.map { [$0] } ?? [] }
        let reader = NodeReader(path: path)
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var competencyIDs = Set(shipped.library.competencies.map(\.id))
        switch path {
        case WorkspaceLoader.libraryFile: competencyIDs = reader.competencyLibrary(node).ids
        case WorkspaceLoader.discFile: _ = reader.discInventory(node)
        case _ where path.hasPrefix(WorkspaceLoader.profilesFolder + "/"): _ = reader.profile(node, stem: stem)
        default: _ = reader.guide(node, stem: stem)
        }
        let checks = WorkspaceChecks(library: shipped.library, competencyIDs: competencyIDs,
                                     guideIDs: Set(shipped.library.guides.map(\.id)), loadedGuides: [], loadedProfiles: [])
        return (reader.diagnostics + checks.resolve(reader.references)).sorted()
    }
}
