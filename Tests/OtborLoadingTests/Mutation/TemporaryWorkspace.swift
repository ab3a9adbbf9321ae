import Foundation
import OtborTestSupport

/// A copy of a workspace's content files in a temporary folder, removed when released, where a
/// test puts one damaged file at a time.
final class TemporaryWorkspace {
    private let folder: TemporaryFolder
    /// The good bytes of every file, by path relative to the workspace.
    let contents: [String: Data]

    init(_ originals: [MutationCorpus.Original]) throws {
        folder = try TemporaryFolder("otbor-mutated")
        contents = Dictionary(uniqueKeysWithValues: originals.map { ($0.path, $0.data) })
        for original in originals {
            let url = folder.file(original.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try original.data.write(to: url)
        }
    }

    var root: URL { folder.url }

    func write(_ data: Data, to path: String) throws {
        try data.write(to: root.appendingPathComponent(path))
    }

    /// Puts the good file back.
    func restore(_ path: String) throws {
        try write(contents[path] ?? Data(), to: path)
    }
}
