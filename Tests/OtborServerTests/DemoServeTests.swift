import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OtborCore
import OtborTestSupport
import Testing

/// `otbor demo --serve`: the demo campaign, then the console on it with the demo assessors'
/// accounts and a live group sitting, as a newcomer runs it.
struct DemoServeTests {
    /// The lines `handle` gives until one starts with `prefix` (that one last).
    static func lines(of handle: FileHandle, until prefix: String) throws -> [String] {
        var text = ""
        let deadline = Date().addingTimeInterval(120)
        while !text.split(separator: "\n").contains(where: { $0.hasPrefix(prefix) }) || !text.hasSuffix("\n") {
            guard Date() < deadline else { throw ConsoleTestError("no line starting with \(prefix) within 120 s: \(text)") }
            let chunk = handle.availableData
            if chunk.isEmpty { throw ConsoleTestError("the process closed its output: \(text)") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text.split(separator: "\n").map(String.init)
    }

    @Test("otbor demo --serve: the observers sign in with the demo password and find their sessions of the live sitting; the chair's board lists three candidates")
    func live() async throws {
        let folder = try TemporaryFolder("otbor-demo-serve")
        let process = Process()
        process.executableURL = OtborProcess.executable
        process.arguments = ["demo", "--serve", "--port", "0", "--out", folder.url.path, "--lang", "en",
                             "--workspace", OtborProcess.repository.path]
        process.environment = OtborProcess.environment()
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let lines = try Self.lines(of: out.fileHandleForReading, until: "The chair's board: ")
        let board = try #require(lines.last?.dropFirst("The chair's board: ".count)).description
        #expect(lines.contains("A live group sitting: Полина Зайцева, Игорь Смирнов, Вера Орлова. Observers sign in as irina, marina, oleg (password otbor-demo-2026), the chair as demo."))
        let cut = try #require(board.range(of: "/group-sittings/"))
        let base = String(board[..<cut.lowerBound])
        #expect(board.hasPrefix(base + "/group-sittings/group-"))

        func signIn(_ login: String) async throws -> URLSession {
            let session = URLSession(configuration: .ephemeral)
            var request = URLRequest(url: URL(string: base + "/login")!)
            request.httpMethod = "POST"
            request.httpBody = Data("login=\(login)&password=otbor-demo-2026".utf8)
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            _ = try await session.data(for: request)
            return session
        }
        let oleg = try await signIn("oleg")
        let start = String(decoding: try await oleg.data(from: URL(string: base + "/")!).0, as: UTF8.self)
        #expect(start.components(separatedBy: "href=\"/interviews/").count - 1 == 2, "Олег watches two candidates")
        let chair = try await signIn("demo")
        let page = String(decoding: try await chair.data(from: URL(string: board)!).0, as: UTF8.self)
        #expect(page.components(separatedBy: "<tbody data-candidate=").count - 1 == 3 && page.contains("id=\"start-timer\""))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
