import Foundation

/// Creating the database file with private permissions, and refusing files that are not SQLite.
enum StoreFile {
    static let header = Array("SQLite format 3\0".utf8)

    /// Creates the folder and an empty file with mode 0600 when missing; checks an existing file's header.
    static func prepare(path: String) throws {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !manager.fileExists(atPath: folder) {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                        attributes: [.posixPermissions: 0o700])
        }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else { throw StoreError.notADatabase(path: path, reason: "it is a folder") }
            try checkHeader(path: path)
            return
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// An empty file is a new database; anything else must start with SQLite's header and hold
    /// at least one page.
    static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotCreate(path: path, reason: "cannot read the file")
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 100)) ?? Data()
        if start.isEmpty { return }
        guard start.count >= header.count, Array(start.prefix(header.count)) == header else {
            throw StoreError.notADatabase(path: path, reason: "it does not start with the SQLite header")
        }
        guard start.count == 100 else {
            throw StoreError.notADatabase(path: path, reason: "it is truncated (\(start.count) bytes)")
        }
    }
}
