import Foundation
import OtborCore
import OtborTestSupport

/// A running `otbor` process with a pipe for standard input, its output collected as it comes.
final class RunningOtbor: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()
    private let drained = DispatchGroup()

    init(_ arguments: [String]) throws {
        signal(SIGPIPE, SIG_IGN) // a child that died must not take the test runner with it
        process.executableURL = OtborProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = OtborProcess.repository
        process.environment = OtborProcess.environment(["NO_COLOR": "1"])
        let output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        collect(output.fileHandleForReading) { self.out.append($0) }
        collect(errors.fileHandleForReading) { self.err.append($0) }
    }

    /// Runs `arguments` with `lines` as standard input (then end of input) and waits for the exit.
    static func run(_ arguments: [String], input lines: [String]) throws -> OtborProcess.Output {
        let running = try RunningOtbor(arguments)
        running.send(lines)
        running.closeInput()
        return running.waitForExit()
    }

    private func collect(_ handle: FileHandle, into append: @escaping @Sendable (Data) -> Void) {
        drained.enter()
        DispatchQueue.global().async { [lock, drained] in
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                lock.lock()
                append(data)
                lock.unlock()
            }
            drained.leave()
        }
    }

    /// Writes `lines` to standard input, each with a line break.
    func send(_ lines: [String]) {
        input.fileHandleForWriting.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Standard output so far.
    var stdout: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Waits up to `timeout` seconds for `condition`; `false` when it never held.
    static func wait(timeout: TimeInterval = 30, until condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return try condition()
    }

    /// The id in the first line, `session ID: …`, once it is printed.
    func sessionID() -> SessionID? {
        var id: SessionID?
        _ = Self.wait {
            let first = stdout.split(separator: "\n").first ?? ""
            guard first.hasPrefix("session "), let colon = first.firstIndex(of: ":") else { return false }
            id = SessionID(String(first[first.index(first.startIndex, offsetBy: 8)..<colon]))
            return id != nil
        }
        return id
    }

    /// Kills the process with SIGKILL and waits for it.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        drained.wait()
    }

    func waitForExit() -> OtborProcess.Output {
        process.waitUntilExit()
        drained.wait()
        lock.lock()
        defer { lock.unlock() }
        return OtborProcess.Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                   stderr: String(decoding: err, as: UTF8.self))
    }
}
