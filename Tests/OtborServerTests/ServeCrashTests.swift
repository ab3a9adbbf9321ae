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

/// Nothing acknowledged is lost over HTTP: the real `otbor serve` on a temporary database, three
/// assessors' sessions written to at once through the API, the process killed with SIGKILL at a
/// different moment of each round (after a number of acknowledged answers and a few milliseconds,
/// while others are in flight) and started again on the same file. Every answer the server
/// answered 2xx must be in the database: its audit line, and the step holding it or a later one
/// (an answer in flight when the process died may have been committed without its reply).
struct ServeCrashTests {
    /// One PUT sent: its note (unique) and whether the server acknowledged it.
    struct Sent: Sendable {
        var note: String
        var acknowledged = false
    }

    /// Every PUT of the test, by session and step, in the order sent.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var sent: [SessionID: [String: [Sent]]] = [:]

        func send(_ note: String, session: SessionID, step: String) {
            lock.withLock { sent[session, default: [:]][step, default: []].append(Sent(note: note)) }
        }

        func acknowledge(session: SessionID, step: String) {
            lock.withLock {
                guard let last = sent[session]?[step]?.indices.last else { return }
                sent[session]![step]![last].acknowledged = true
            }
        }

        func writes(_ session: SessionID) -> [String: [Sent]] { lock.withLock { sent[session] ?? [:] } }

        /// Acknowledged PUTs so far, of every session.
        var acknowledged: Int { lock.withLock { sent.values.flatMap(\.values).joined().filter(\.acknowledged).count } }
    }

    static let steps = ["conflict", "angry-client/tone", "discount/realism"]

    /// Each round's kill: once this many more answers are acknowledged, and then after this many milliseconds.
    static let kills: [(answers: Int, milliseconds: Int)] = [(3, 0), (5, 7), (7, 23), (9, 41)]

    @Test("kill -9 of otbor serve at four moments of concurrent saves (after 3 to 9 acknowledged answers and 0 to 41 ms): every acknowledged answer is in the database")
    func killNine() async throws {
        let folder = try TemporaryFolder("otbor-serve-crash")
        let path = folder.file("crash.sqlite").path
        let store = try SQLiteStore(path: path)
        let login = LoginName("assessor")!
        try store.addAccount(NewAccount(login: login, displayName: "Оценщик", role: .assessor), passwordHash: "$2b$04$unused", actor: "setup")
        let token = try store.issueToken(login: login, actor: "setup")
        var sessions: [SessionID] = []
        for index in 0..<3 {
            let candidate = try store.addCandidate(NewCandidate(name: "Кандидат \(index)", consentDate: CalendarDate("2026-01-10")!), actor: "setup")
            sessions.append(try await store.startSession(candidate: candidate.id, profile: ConsoleFixture.profile, guide: MixedGuide.guide,
                                                   assessor: login.rawValue).id)
        }
        let log = Log()
        for (round, kill) in Self.kills.enumerated() {
            let server = try ServeProcess(database: path)
            let target = log.acknowledged + kill.answers
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (writer, session) in sessions.enumerated() {
                    group.addTask {
                        await Self.write(port: server.port, token: token, session: session, tag: "r\(round)-w\(writer)", log: log)
                    }
                }
                // The moment is counted in answers, not time: a loaded machine may take seconds to answer the first.
                let deadline = Date().addingTimeInterval(60)
                while log.acknowledged < target, Date() < deadline { try await Task.sleep(for: .milliseconds(5)) }
                try await Task.sleep(for: .milliseconds(kill.milliseconds))
                server.kill()
                try await group.waitForAll()
            }
        }

        let reopened = try SQLiteStore(path: path)
        var acknowledged = 0
        for session in sessions {
            let writes = log.writes(session)
            let notes = try reopened.notes(session: session)
            let audited = try reopened.auditLog(subject: "session:\(session)").filter { $0.action == .answerRecord }.count
            let acked = writes.values.joined().filter(\.acknowledged).count
            acknowledged += acked
            #expect(audited >= acked && audited <= writes.values.joined().count, "session \(session): \(acked) acknowledged, \(audited) audited")
            for (step, sent) in writes {
                guard let last = sent.lastIndex(where: \.acknowledged) else { continue }
                let allowed = sent[last...].map(\.note)
                #expect(allowed.contains(notes[step] ?? "(none)"), "session \(session) \(step): stored \(notes[step] ?? "nothing"), acknowledged \(allowed[0])")
            }
        }
        #expect(acknowledged >= Self.kills.reduce(0) { $0 + $1.answers }, "every round saves answers before its kill: \(acknowledged) in all")
    }

    /// PUTs to the steps in turn, each with a unique note, until the server stops answering.
    static func write(port: Int, token: String, session: SessionID, tag: String, log: Log) async {
        var count = 0
        while true {
            let step = steps[count % steps.count], note = "\(tag)-\(count)"
            count += 1
            let path = step.replacingOccurrences(of: "#", with: "%23")
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/interviews/\(session)/answers/\(path)")!)
            request.httpMethod = "PUT"
            request.timeoutInterval = 10
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(#"{"rating": \#(1 + count % 5), "note": "\#(note)"}"#.utf8)
            log.send(note, session: session, step: step)
            guard let (_, response) = try? await URLSession.shared.data(for: request),
                  let status = (response as? HTTPURLResponse)?.statusCode else { return }
            guard (200..<300).contains(status) else { return }
            log.acknowledge(session: session, step: step)
        }
    }
}

/// The built `otbor serve --port 0` on a database, with the port it printed.
struct ServeProcess: @unchecked Sendable {
    let process: Process
    let port: Int

    init(database path: String) throws {
        let process = Process()
        process.executableURL = OtborProcess.executable
        process.arguments = ["serve", "--port", "0", "--database", path, "--workspace", OtborProcess.repository.path]
        process.environment = OtborProcess.environment()
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let first = try ServeProcessTests.firstLine(of: out.fileHandleForReading)
        let prefix = "Otbor is serving http://127.0.0.1:"
        guard first.hasPrefix(prefix), let port = Int(first.dropFirst(prefix.count).dropLast()) else {
            process.terminate()
            throw ConsoleTestError("otbor serve printed \(first)")
        }
        self.process = process
        self.port = port
    }

    /// SIGKILL, as a power cut or the OOM killer would stop it, and waits for the end.
    func kill() {
        #if canImport(Glibc)
        Glibc.kill(process.processIdentifier, SIGKILL)
        #else
        Darwin.kill(process.processIdentifier, SIGKILL)
        #endif
        process.waitUntilExit()
    }
}
