import Foundation

/// Runs the built `otbor` executable, as a user would, and captures what it prints.
struct OtborProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output parsed as JSON.
        func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `otbor` binary next to the test bundle (SwiftPM builds every product before testing).
    static let executable: URL = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleFolder, bundleFolder.deletingLastPathComponent(),
                          repository.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("otbor") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2].appendingPathComponent("otbor")
    }()

    static func run(_ arguments: [String], in directory: URL = repository,
                    environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for name in ["OTBOR_WORKSPACE", "OTBOR_DATABASE"] { env.removeValue(forKey: name) }
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
