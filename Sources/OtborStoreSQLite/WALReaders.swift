import Foundation

/// The other processes reading a WAL database in an open transaction. Such a reader holds a shared
/// POSIX lock on one of the read-mark bytes of the `-shm` file (offsets 123…127: SQLite's unix
/// VFS locks byte 120 + 3 + i for read mark i). Linux lists every lock in `/proc/locks`; reading
/// that file never touches the database's own locks (opening and closing the `-shm` here would
/// drop them). Elsewhere, and for readers in this process, the list is empty.
enum WALReaders {
    static let readMarkBytes = 123...127

    /// Process ids, in order, of the readers of the database at `path` in other processes.
    static func processes(of path: String, locks: String? = WALReaders.systemLocks()) -> [Int32] {
        var info = stat()
        guard let locks, stat(path + "-shm", &info) == 0 else { return [] }
        let device = UInt64(info.st_dev)
        let major = (device >> 8) & 0xfff | (device >> 32) & ~0xfff, minor = device & 0xff | (device >> 12) & ~0xff
        let file = String(format: "%02llx:%02llx:%llu", major, minor, UInt64(info.st_ino))
        let own = getpid()
        var found = Set<Int32>()
        for line in locks.split(separator: "\n") {
            // "1: POSIX  ADVISORY  READ 4242 fe:00:16223321 124 124"
            let fields = line.split(separator: " ")
            guard fields.count >= 8, fields[1] == "POSIX", fields[3] == "READ", fields[5] == file,
                  let pid = Int32(fields[4]), pid != own, let first = Int(fields[6]), let last = Int(fields[7]),
                  first <= readMarkBytes.upperBound, last >= readMarkBytes.lowerBound else { continue }
            found.insert(pid)
        }
        return found.sorted()
    }

    /// `/proc/locks` whole. Foundation reads a file by the size `stat` gives, and procfs gives 0,
    /// so a loop of `read` takes it to its end (it grows past a page on a busy machine).
    static func systemLocks() -> String? {
        let descriptor = open("/proc/locks", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
