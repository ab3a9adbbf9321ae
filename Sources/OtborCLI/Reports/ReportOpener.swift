import Foundation

/// Opening a written report in the desktop's browser, when the machine has one.
enum ReportOpener {
    static func open(_ path: String) {
        let tools = ["xdg-open", "open"]
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let tool = tools.lazy.compactMap({ name in folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) } }).first else {
            Printer.error("note: no xdg-open or open on this machine; open \(path) in a browser")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [path]
        do { try process.run() } catch { Printer.error("note: could not open \(path): \(error.localizedDescription)") }
    }
}
