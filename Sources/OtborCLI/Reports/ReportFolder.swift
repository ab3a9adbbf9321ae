import ArgumentParser
import Foundation

/// The folder reports are written to: created with mode 0700, each file written under a temporary
/// name with mode 0600 (reports hold personal data) and renamed into place when complete.
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
        let temporary = url.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let descriptor = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Self.failure(words(.cannotCreateFile, ["path": temporary, "reason": String(cString: strerror(errno))]), words)
        }
        fchmod(descriptor, 0o600)
        var bytes = Array(data)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw Self.failure(words(.cannotWriteFile, ["path": destination, "reason": reason]), words)
            }
            bytes = bytes.dropFirst(written)
        }
        close(descriptor)
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Self.failure(words(.cannotWriteFile, ["path": destination, "reason": reason]), words)
        }
        return destination
    }

    private static func failure(_ message: String, _ words: ConsoleWording) -> ExitCode {
        Printer.error(words(.errorLine, ["message": message]))
        return ExitCode(ExitStatus.findings)
    }
}
