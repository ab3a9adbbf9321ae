import ArgumentParser
import Foundation

/// Where a command writes output that holds personal data: standard output, or a file that is
/// created with mode 0600 under a temporary name and renamed into place once complete, so a
/// reader never sees half a file and nobody else can read it. Writes are buffered. The temporary
/// file is one of the ``PendingFiles``: removed on SIGINT or SIGTERM, and swept by a later run
/// when its process died.
final class PrivateFileSink {
    private let descriptor: Int32
    private let temporary: String?
    private let destination: String?
    private let words: ConsoleWording
    private var buffer: [UInt8] = []
    private var closed = false

    /// Writes to standard output; failures are worded with `words`.
    init(words: ConsoleWording) {
        descriptor = STDOUT_FILENO
        temporary = nil
        destination = nil
        self.words = words
    }

    /// Writes to `path`, replacing a file already there when ``finish()`` is called.
    init(path: String, words: ConsoleWording) throws {
        self.words = words
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError(words(.outIsAFolder, ["path": path]))
        }
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(words(.outFolderMissing, ["path": path, "folder": folder]))
        }
        for stale in PendingFiles.sweep(url.deletingLastPathComponent(), matching: { $0 == url.lastPathComponent }) {
            Printer.error(words(.staleRemoved, ["path": stale]))
        }
        let temporary = PendingFiles.temporary(for: url)
        PendingFiles.begin(temporary)
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            PendingFiles.end(temporary)
            guard code != ENOSPC else { throw Self.failure(path, code, words) }
            throw ValidationError(words(.cannotCreateIn, ["path": path, "folder": folder, "reason": String(cString: strerror(code))]))
        }
        fchmod(descriptor, 0o600)
        self.descriptor = descriptor
        self.temporary = temporary
        destination = url.path
    }

    deinit {
        if !closed { discard() }
    }

    /// Appends `text`; flushes when the buffer is large.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Flushes, and for a file syncs it to disk and moves it into place.
    func finish() throws {
        try flush()
        guard let temporary, let destination else { return }
        closed = true
        let synced = fsync(descriptor) == 0
        close(descriptor)
        defer { PendingFiles.end(temporary) }
        guard synced, rename(temporary, destination) == 0 else {
            let code = errno
            unlink(temporary)
            throw Self.failure(destination, code, words)
        }
    }

    /// Closes and removes an unfinished file.
    func discard() {
        guard let temporary, !closed else { return }
        closed = true
        close(descriptor)
        unlink(temporary)
        PendingFiles.end(temporary)
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.failure(destination ?? words(.standardOutput), errno, words)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// An I/O failure (`errno` `code`) writing to `place`: printed as `error: …`, exit 1.
    private static func failure(_ place: String, _ code: Int32, _ words: ConsoleWording) -> ExitCode {
        Printer.error(words(.errorLine, ["message": ErrorWording(words).writing(place, errno: code)]))
        return ExitCode(ExitStatus.findings)
    }
}
