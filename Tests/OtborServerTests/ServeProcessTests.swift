import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OtborCore
import OtborServer
import OtborStore
import OtborStoreSQLite
import OtborTestSupport
import Testing

/// `otbor serve` as a person runs it: the built binary on a free loopback port.
struct ServeProcessTests {
    @Test("otbor serve --port 0 prints the address first, serves /login there, and exits cleanly on SIGTERM")
    func serve() async throws {
        let folder = try TemporaryFolder("otbor-serve")
        let path = folder.file("serve.sqlite").path
        try SQLiteStore(path: path).addAccount(NewAccount(login: LoginName("admin")!, displayName: "Админ", role: .admin),
                                               passwordHash: "$2b$04$unused", actor: "setup")
        let process = Process()
        process.executableURL = OtborProcess.executable
        process.arguments = ["serve", "--port", "0", "--database", path]
        process.environment = OtborProcess.environment()
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let first = try Self.firstLine(of: out.fileHandleForReading)
        let prefix = "Otbor is serving http://127.0.0.1:"
        #expect(first.hasPrefix(prefix) && first.hasSuffix("/"), "\(first)")
        let port = try #require(Int(first.dropFirst(prefix.count).dropLast()))
        #expect(port > 0 && port != 8080)

        let (body, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/login?lang=en")!)
        let http = try #require(response as? HTTPURLResponse)
        #expect(http.statusCode == 200)
        #expect(http.value(forHTTPHeaderField: "Content-Security-Policy")?.contains("default-src 'none'") == true)
        #expect(String(decoding: body, as: UTF8.self).contains("name=\"password\""))

        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("method=GET") && log.contains("path=/login") && log.contains("status=200"), "\(log)")
        #expect(!log.contains("warning") && !log.contains("lang=en"), "the log keeps no query string")
    }

    @Test("a --host other than loopback is warned about on standard error, in the language of --lang; the first line stays English",
          arguments: [
              ("en", "warning: listening on 0.0.0.0, reachable from other machines", "note: the database has no accounts yet"),
              ("ru", "предупреждение: консоль слушает 0.0.0.0 и доступна с других машин", "примечание: в базе ещё нет учётных записей"),
          ])
    func nonLoopbackWarning(language: String, warning: String, note: String) throws {
        let folder = try TemporaryFolder("otbor-serve")
        let path = folder.file("serve.sqlite").path
        _ = try SQLiteStore(path: path)
        let process = Process()
        process.executableURL = OtborProcess.executable
        process.arguments = ["serve", "--host", "0.0.0.0", "--port", "0", "--database", path, "--lang", language]
        process.environment = OtborProcess.environment()
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        #expect(try Self.firstLine(of: out.fileHandleForReading).hasPrefix("Otbor is serving http://0.0.0.0:"))
        process.interrupt()  // SIGINT
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.contains(warning) && stderr.contains("TLS"), "\(stderr)")
        #expect(stderr.contains(note), "\(stderr)")
    }

    @Test("loopback hosts are told from the others", arguments: [
        ("127.0.0.1", true), ("127.1.2.3", true), ("localhost", true), ("::1", true), ("[::1]", true),
        ("0.0.0.0", false), ("::", false), ("192.168.1.10", false), ("example.org", false),
    ])
    func loopback(host: String, expected: Bool) {
        #expect(ConsoleSettings.isLoopback(host) == expected)
    }

    /// The first line written to `handle` (waits at most 60 s).
    static func firstLine(of handle: FileHandle) throws -> String {
        var data = Data()
        let deadline = Date().addingTimeInterval(60)
        while !data.contains(UInt8(ascii: "\n")) {
            guard Date() < deadline else { throw ConsoleTestError("no line within 60 s") }
            let chunk = handle.availableData
            if chunk.isEmpty { throw ConsoleTestError("the process closed its output: \(String(decoding: data, as: UTF8.self))") }
            data.append(chunk)
        }
        return String(decoding: data.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    }
}
