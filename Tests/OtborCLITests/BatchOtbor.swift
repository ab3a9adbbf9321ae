import Foundation
import OtborTestSupport

/// Runs `otbor` with standard input read from a file and its output written to files, so many
/// processes can run at once without a reader thread per pipe.
enum BatchOtbor {
    /// Runs `arguments` with `lines` as standard input (then end of input) and waits for the exit;
    /// after `timeout` seconds the process is killed (SIGKILL, status 9).
    static func run(_ arguments: [String], input lines: [String] = [], scratch folder: URL,
                    environment: [String: String] = [:], timeout: TimeInterval? = nil) throws -> OtborProcess.Output {
        let name = UUID().uuidString
        let files = ["in", "out", "err"].map { folder.appendingPathComponent("\(name).\($0)") }
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: files[0])
        for file in files.dropFirst() { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        defer { files.forEach { try? FileManager.default.removeItem(at: $0) } }
        let process = Process()
        process.executableURL = OtborProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = OtborProcess.environment(["NO_COLOR": "1"].merging(environment) { $1 })
        let handles = try [FileHandle(forReadingFrom: files[0]), FileHandle(forWritingTo: files[1]), FileHandle(forWritingTo: files[2])]
        defer { handles.forEach { try? $0.close() } }
        process.standardInput = handles[0]
        process.standardOutput = handles[1]
        process.standardError = handles[2]
        try process.run()
        if let timeout {
            let id = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning { kill(id, SIGKILL) }
            }
        }
        process.waitUntilExit()
        return OtborProcess.Output(status: process.terminationStatus,
                                   stdout: String(decoding: try Data(contentsOf: files[1]), as: UTF8.self),
                                   stderr: String(decoding: try Data(contentsOf: files[2]), as: UTF8.self))
    }
}
