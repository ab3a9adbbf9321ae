import Dispatch
import Foundation

/// The unfinished files this process is writing (exports, reports: personal data), named
/// `.NAME.PID.tmp` beside their destination. SIGINT or SIGTERM removes them before the process
/// ends; a file left by a process that died without the chance (SIGKILL, a power cut) is
/// recognised by its PID and swept by a later run writing to the same folder.
enum PendingFiles {
    /// The files being written, and the signal sources installed once the first one began.
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var paths: Set<String> = []
        var sources: [any DispatchSourceSignal] = []
    }

    private static let registry = Registry()

    /// The temporary name of `destination` for this process: `.NAME.PID.tmp` in the same folder.
    static func temporary(for destination: URL) -> String {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
    }

    /// Counts `path` as being written, to be removed if the process is interrupted.
    static func begin(_ path: String) {
        registry.lock.withLock {
            if registry.sources.isEmpty { installHandlers() }
            registry.paths.insert(path)
        }
    }

    /// `path` was renamed into place or removed.
    static func end(_ path: String) {
        _ = registry.lock.withLock { registry.paths.remove(path) }
    }

    /// Hands SIGINT and SIGTERM back once every file is finished, so that a command that goes on
    /// to serve (`otbor demo --serve`) stops gracefully on them; `false` while a file is unfinished.
    @discardableResult
    static func releaseSignals() -> Bool {
        registry.lock.withLock {
            guard registry.paths.isEmpty else { return false }
            // Only the sources are cancelled: the signals stay with dispatch, whose handler is
            // installed once per signal, so that the server's own sources receive them.
            registry.sources.forEach { $0.cancel() }
            registry.sources.removeAll()
            return true
        }
    }

    /// On SIGINT and SIGTERM: removes the unfinished files, then ends the process by the same signal.
    private static func installHandlers() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                registry.lock.withLock {
                    registry.paths.forEach { unlink($0) }
                    registry.paths.removeAll()
                }
                signal(signalNumber, SIG_DFL)
                // To the process, not this thread: dispatch's threads block signals.
                kill(getpid(), signalNumber)
            }
            source.resume()
            registry.sources.append(source)
        }
    }

    /// Removes the unfinished files in `folder` whose NAME `matches` and whose process is gone;
    /// returns their paths. A file of a live process other than this one is left alone.
    static func sweep(_ folder: URL, matching matches: (String) -> Bool) -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        let own = ProcessInfo.processInfo.processIdentifier
        var removed: [String] = []
        for entry in entries.sorted() {
            guard let (name, pid) = parse(entry), matches(name) else { continue }
            let path = folder.appendingPathComponent(entry).path
            let ours = registry.lock.withLock { registry.paths.contains(path) }
            let alive = pid != own && (kill(pid, 0) == 0 || errno == EPERM)
            guard !ours, !alive, unlink(path) == 0 else { continue }
            removed.append(path)
        }
        return removed
    }

    /// NAME and PID of `.NAME.PID.tmp`.
    static func parse(_ entry: String) -> (name: String, pid: pid_t)? {
        guard entry.hasPrefix("."), entry.hasSuffix(".tmp") else { return nil }
        let middle = entry.dropFirst().dropLast(4)
        guard let dot = middle.lastIndex(of: "."), let pid = pid_t(middle[middle.index(after: dot)...]), pid > 0 else { return nil }
        let name = String(middle[..<dot])
        return name.isEmpty ? nil : (name, pid)
    }
}
