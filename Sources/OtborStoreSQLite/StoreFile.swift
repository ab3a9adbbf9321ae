import OtborStore
import Foundation

/// Creating the database file with private permissions, and refusing files that are not SQLite,
/// are cut short, or may not be written.
enum StoreFile {
    static let header = Array("SQLite format 3\0".utf8)

    /// Creates the folder and an empty file with mode 0600 when missing; checks an existing file's
    /// header, length and (when the store will write) permissions before SQLite touches it. `true`
    /// when a store of this process has the file open already (then it is known to be an Otbor
    /// database and is not read again).
    @discardableResult
    static func prepare(path: String, writable: Bool = true) throws -> Bool {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !manager.fileExists(atPath: folder) {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                        attributes: [.posixPermissions: 0o700])
        }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else { throw StoreError.notADatabase(path: path, reason: "it is a folder") }
            // Open here already, so SQLite's: reading it through another descriptor would drop its locks.
            if let identity = identity(path), isOpen(identity) { return true }
            try checkHeader(path: path)
            if writable { try checkWritable(path: path) }
            return false
        }
        guard writable else { throw StoreError.missingDatabase(path: path) }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        return false
    }

    /// An empty file is a new database (what an interrupted creation leaves, or `touch`); it is
    /// made private (0600) before the schema goes in. Anything else must start with SQLite's header
    /// and, unless a journal beside it still holds pages to recover, be whole pages, as many as
    /// the header declares.
    static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "it cannot be read")
        }
        defer { try? handle.close() }
        let start = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if start.isEmpty {
            chmod(path, 0o600)
            return
        }
        guard start.count >= header.count, Array(start.prefix(header.count)) == header else {
            throw StoreError.notADatabase(path: path, reason: "it does not start with the SQLite header")
        }
        guard start.count == 100 else {
            throw StoreError.notADatabase(path: path, reason: "it is truncated (\(start.count) bytes)")
        }
        let raw = Int(start[16]) << 8 | Int(start[17])
        let pageSize = raw == 1 ? 65536 : raw
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw StoreError.notADatabase(path: path, reason: "its header gives no valid page size")
        }
        // Pages still in the WAL (or a rollback journal) are SQLite's to recover.
        if fileSize(path + "-wal") > 0 || fileSize(path + "-journal") > 0 { return }
        let size = fileSize(path)
        guard size % pageSize == 0 else {
            throw StoreError.notADatabase(
                path: path, reason: "it is truncated: \(size) bytes is not a whole number of \(pageSize)-byte pages")
        }
        let declared = start[28..<32].reduce(0) { $0 << 8 | Int($1) }
        if start[24..<28] == start[92..<96], declared * pageSize > size {
            throw StoreError.notADatabase(
                path: path, reason: "it is truncated: \(size / pageSize) of the \(declared) pages its header declares are there")
        }
    }

    /// An existing database must be writable: every command may record a change with its audit
    /// line, and SQLite writes to the file when it opens it in WAL mode. A file without any write
    /// permission bit counts as read-only even for root, who could write it anyway.
    static func checkWritable(path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let mode = Int(info.st_mode) & 0o7777
        if access(path, W_OK) != 0 || mode & 0o222 == 0 {
            throw StoreError.cannotOpen(
                path: path, reason: "it is read-only (mode \(String(format: "%04o", mode))) and was left untouched; make it writable (chmod u+w) to use it")
        }
    }

    /// A file by device and inode, whatever path names it.
    struct Identity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    /// Database files stores of this process have open, with how many stores use each. Closing
    /// any descriptor of a file drops every POSIX lock the process holds on it, so the header check
    /// must never read a file SQLite has open here: another process could then take it for unused,
    /// checkpoint it and delete its WAL under the open connections (SQLite's "How To Corrupt", 2.2).
    private nonisolated(unsafe) static var openFiles: [Identity: Int] = [:]
    private static let openLock = NSLock()

    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    static func isOpen(_ identity: Identity) -> Bool {
        openLock.withLock { openFiles[identity, default: 0] > 0 }
    }

    /// Counts a store that opened the file at `path`; balance with ``release(_:)``.
    static func retain(_ path: String) -> Identity? {
        guard let identity = identity(path) else { return nil }
        openLock.withLock { openFiles[identity, default: 0] += 1 }
        return identity
    }

    static func release(_ identity: Identity) {
        openLock.withLock {
            openFiles[identity, default: 1] -= 1
            if openFiles[identity] == 0 { openFiles[identity] = nil }
        }
    }

    /// Whether the file system holding `path` is full for this process: less room than SQLite
    /// needs for the 32 KiB `-shm` file and a few pages of WAL.
    static func isFull(folderOf path: String) -> Bool {
        var info = statvfs()
        let folder = (path as NSString).deletingLastPathComponent
        guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
        return Double(info.f_bavail) * Double(info.f_frsize) < 64 * 1024
    }

    /// Where read-only connections open the file at `path`. A WAL reader needs a `-shm` file,
    /// which SQLite cannot make on a full disk, and which would be left beside a file nobody may
    /// write (no write permission bit). In those two cases, when no WAL holds changes the file
    /// lacks, the file alone is the whole database, so it is opened as immutable (a URI), which
    /// needs no `-shm` and leaves the folder as it was.
    static func readingLocation(_ path: String) -> String {
        var info = stat()
        let unwritable = stat(path, &info) == 0 && Int(info.st_mode) & 0o222 == 0
        guard unwritable || isFull(folderOf: path), fileSize(path + "-wal") == 0 else { return path }
        let absolute = URL(fileURLWithPath: path).path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?mode=ro&immutable=1"
    }

    /// The size of the file at `path`, 0 when there is none.
    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
