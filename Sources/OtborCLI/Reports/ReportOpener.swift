import Foundation

/// Opening a written report in the desktop's browser, when the machine has one.
enum ReportOpener {
    static func open(_ path: String, words: ConsoleWording) {
        let tools = ["xdg-open", "open"]
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let tool = tools.lazy.compactMap({ name in folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) } }).first else {
            Printer.error(words(.noteLine, ["message": words(.noBrowserOpener, ["path": path])]))
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [path]
        do { try process.run() } catch {
            Printer.error(words(.noteLine, ["message": words(.cannotOpenReport, ["path": path, "reason": error.localizedDescription])]))
        }
    }
}
