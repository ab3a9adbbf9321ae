import ArgumentParser
import Foundation

/// The folder reports are written to: created with mode 0700, each file written under a temporary
/// name with mode 0600 (reports hold personal data) and renamed into place when complete. The
/// temporary files are ``PendingFiles``: removed on SIGINT or SIGTERM, and those a dead process
/// left are swept when the folder is next opened.
struct ReportFolder {
    let url: URL
    /// The wording of its messages.
    let words: ConsoleWording

    init(path: String, words: ConsoleWording) throws {
        self.words = words
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ValidationError(words(.outIsAFile, ["path": path])) }
        } else {
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw ValidationError(words(.cannotCreateFolder, ["path": path, "reason": error.localizedDescription]))
            }
        }
        for stale in PendingFiles.sweep(url, matching: Self.isReport) {
            Printer.error(words(.staleRemoved, ["path": stale]))
        }
    }

    /// Where reports go without `--out`: `Reports/out` in the workspace.
    static func defaultPath(workspace: WorkspaceOptions) throws -> String {
        try workspace.root().appendingPathComponent("Reports/out").path
    }

    /// Whether `name` is a file reports are written as: a page or its PDF.
    static func isReport(_ name: String) -> Bool {
        name.hasSuffix(".html") || name.hasSuffix(".pdf")
    }

    /// Writes `html` as `name` and returns the file's path.
    @discardableResult
    func write(_ html: String, as name: String) throws -> String {
        try write(Data(html.utf8), as: name)
    }

    /// Writes `data` as `name` (a PDF of a report, say) and returns the file's path.
    @discardableResult
    func write(_ data: Data, as name: String) throws -> String {
        let destination = url.appendingPathComponent(name).path
        let temporary = PendingFiles.temporary(for: url.appendingPathComponent(name))
        PendingFiles.begin(temporary)
        defer { PendingFiles.end(temporary) }
        let descriptor = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            throw Self.failure(code == ENOSPC ? ErrorWording(words).writing(destination, errno: code)
                               : words(.cannotCreateFile, ["path": temporary, "reason": String(cString: strerror(code))]), words)
        }
        fchmod(descriptor, 0o600)
        var bytes = Array(data)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw Self.failure(ErrorWording(words).writing(destination, errno: code), words)
            }
            bytes = bytes.dropFirst(written)
        }
        close(descriptor)
        guard rename(temporary, destination) == 0 else {
            let code = errno
            unlink(temporary)
            throw Self.failure(ErrorWording(words).writing(destination, errno: code), words)
        }
        return destination
    }

    private static func failure(_ message: String, _ words: ConsoleWording) -> ExitCode {
        Printer.error(words(.errorLine, ["message": message]))
        return ExitCode(ExitStatus.findings)
    }
}
