import Foundation

/// Finds the workspace: `--workspace`, then `OTBOR_WORKSPACE`, then the nearest folder upwards
/// that holds both `Profiles/` and `Interviews/`.
public enum WorkspaceLocator {
    /// Why no workspace was found, as data; `description` is the English wording.
    public enum NotFound: Error, Sendable, Hashable, CustomStringConvertible {
        /// The folder named by `origin` (`--workspace` or `OTBOR_WORKSPACE`) lacks Profiles/ or Interviews/.
        case notAWorkspace(origin: String, path: String)
        /// No folder from `folder` upwards holds both.
        case noneAbove(folder: String)

        public var description: String {
            switch self {
            case .notAWorkspace(let origin, let path):
                "\(origin) \(path) is not a workspace: it needs the folders Profiles/ and Interviews/"
            case .noneAbove(let folder):
                "no workspace found in \(folder) or any folder above it; "
                    + "run otbor inside a folder with Profiles/ and Interviews/, or pass --workspace DIR"
            }
        }
    }

    public static func locate(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> URL {
        if let path = explicit ?? environment["OTBOR_WORKSPACE"].flatMap({ $0.isEmpty ? nil : $0 }) {
            let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: currentDirectory)).standardizedFileURL
            guard isWorkspace(url) else {
                let origin = explicit != nil ? "--workspace" : "OTBOR_WORKSPACE"
                throw NotFound.notAWorkspace(origin: origin, path: path)
            }
            return url
        }
        var url = URL(fileURLWithPath: currentDirectory).standardizedFileURL
        while true {
            if isWorkspace(url) { return url }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        throw NotFound.noneAbove(folder: currentDirectory)
    }

    static func isWorkspace(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return ["Profiles", "Interviews"].allSatisfy {
            FileManager.default.fileExists(atPath: url.appendingPathComponent($0).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }
}
