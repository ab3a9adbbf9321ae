import Foundation

/// Runs the built `otbor` executable, as a user would, and captures what it prints.
public enum OtborProcess {
    /// What a run printed and how it ended.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }

        /// Standard output parsed as JSON.
        public func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        }
    }

    /// The repository root, found from this file's path (`Tests/OtborTestSupport/…`).
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `otbor` binary next to the test bundle (SwiftPM builds every product before testing).
    public static let executable: URL = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleFolder, bundleFolder.deletingLastPathComponent(),
                          repository.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("otbor") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2].appendingPathComponent("otbor")
    }()

    /// The test runner's environment without `OTBOR_WORKSPACE` and `OTBOR_DATABASE`, then `extra`.
    public static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["OTBOR_WORKSPACE", "OTBOR_DATABASE"] { environment.removeValue(forKey: name) }
        environment.merge(extra) { $1 }
        return environment
    }

    /// Runs `otbor arguments` in `directory` and waits for it to exit. Standard input is `input`
    /// through a pipe, then end of input; without `input`, the null device. Never a terminal.
    public static func run(_ arguments: [String], in directory: URL = repository, input: String? = nil,
                           environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Self.environment(environment)
        let stdin = input.map { _ in Pipe() }, out = Pipe(), err = Pipe()
        process.standardInput = stdin ?? FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let stdin, let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
