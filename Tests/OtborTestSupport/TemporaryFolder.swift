import Foundation

/// A fresh folder in the system's temporary directory, removed with all it holds when released.
/// Keep it in a stored property (or use it to the end): a local that is no longer used may be
/// released before its scope ends.
public final class TemporaryFolder: Sendable {
    public let url: URL

    /// Creates `<temporary directory>/<prefix>-<UUID>`.
    public init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    public var path: String { url.path }

    /// `name` (a relative path) inside the folder.
    public func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }
}
