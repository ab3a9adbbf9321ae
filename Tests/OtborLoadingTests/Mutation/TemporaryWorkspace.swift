import Foundation

/// A copy of a workspace's content files in a temporary folder, removed when released, where a
/// test puts one damaged file at a time.
final class TemporaryWorkspace {
    let root: URL
    /// The good bytes of every file, by path relative to the workspace.
    let contents: [String: Data]

    init(_ originals: [MutationCorpus.Original]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-mutated-\(UUID().uuidString)")
        contents = Dictionary(uniqueKeysWithValues: originals.map { ($0.path, $0.data) })
        for original in originals {
            let url = root.appendingPathComponent(original.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try original.data.write(to: url)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ data: Data, to path: String) throws {
        try data.write(to: root.appendingPathComponent(path))
    }

    /// Puts the good file back.
    func restore(_ path: String) throws {
        try write(contents[path] ?? Data(), to: path)
    }
}
