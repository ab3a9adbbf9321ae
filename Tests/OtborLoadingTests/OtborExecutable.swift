import Foundation

/// Runs the built `otbor` executable from the loading tests, as a user would.
enum OtborExecutable {
    /// What a run printed and how it ended.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `otbor` binary next to the test bundle (SwiftPM builds every product before testing).
    static let url: URL = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleFolder, bundleFolder.deletingLastPathComponent(),
                          FixtureWorkspace.repository.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("otbor") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2].appendingPathComponent("otbor")
    }()

    static func run(_ arguments: [String], in directory: URL) throws -> Output {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "OTBOR_WORKSPACE")
        environment.removeValue(forKey: "OTBOR_DATABASE")
        process.environment = environment
        let out = Pipe(), err = Pipe()
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
