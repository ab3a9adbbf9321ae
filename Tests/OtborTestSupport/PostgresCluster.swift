import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL cluster for the tests: `initdb` in a temporary folder, `pg_ctl start` on
/// a free port of 127.0.0.1 (and a socket in that folder), one per test process, started on first
/// use and stopped (`pg_ctl stop -m immediate`, folder removed) when the process exits. As root
/// the server runs as the `postgres` user (the server refuses root), in a folder that user owns.
/// The superuser is `otbor`, with trust authentication on the loopback only.
public final class PostgresCluster: Sendable {
    /// Why there is no cluster: no server binaries (the PostgreSQL engine is then skipped, unless
    /// `OTBOR_REQUIRE_POSTGRES=1`), or a cluster that would not start.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    public let port: Int
    public let user = "otbor"
    public let host = "127.0.0.1"
    private let bin: String
    private let folder: String
    private static let counter = Counter()

    /// The cluster of this test process, started on first use.
    public static func shared() throws -> PostgresCluster {
        try started.get()
    }

    /// Whether PostgreSQL's server binaries are on this machine.
    public static var binaries: String? {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let candidates = versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin" }
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return candidates.first { FileManager.default.isExecutableFile(atPath: "\($0)/initdb")
            && FileManager.default.isExecutableFile(atPath: "\($0)/pg_ctl") }
    }

    /// Whether the PostgreSQL engine must run (CI sets `OTBOR_REQUIRE_POSTGRES=1`): a skip is then a failure.
    public static var required: Bool { ProcessInfo.processInfo.environment["OTBOR_REQUIRE_POSTGRES"] == "1" }

    private static let started: Result<PostgresCluster, Unavailable> = Result { try PostgresCluster(options: "") }
        .mapError { $0 as? Unavailable ?? Unavailable(description: "\($0)") }

    /// A cluster started with `options` added to the server's command line, `prepare` run on its
    /// data folder between `initdb` and the start (as root, files it writes there must be given to
    /// the `postgres` user), and `folder` holding both.
    init(options: String = "", prepare: (_ data: String) throws -> Void = { _ in }) throws {
        guard let bin = Self.binaries else {
            throw Unavailable(description: "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on PATH")
        }
        self.bin = bin
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-pg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if getuid() == 0, let owner = getpwnam("postgres") { chown(folder, owner.pointee.pw_uid, owner.pointee.pw_gid) }
        let data = folder + "/data"
        try Self.run(bin + "/initdb", ["-D", data, "-U", "otbor", "--auth=trust", "--encoding=UTF8", "--locale=C"], asServer: true)
        try prepare(data)
        var lastError: (any Error)?
        for _ in 0..<3 {
            let port = Self.freePort()
            do {
                try Self.run(bin + "/pg_ctl", ["-D", data, "-l", folder + "/log", "-w", "-t", "60", "-o",
                                               "-k \(folder) -c listen_addresses=127.0.0.1 -p \(port) -c fsync=off -c max_connections=400 \(options)",
                                               "start"], asServer: true)
                self.port = port
                Self.stopAtExit(bin: bin, folder: folder)
                return
            } catch {
                lastError = error
            }
        }
        let log = (try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: folder)
        throw Unavailable(description: "the PostgreSQL cluster would not start: \(lastError.map { "\($0)" } ?? "") \(log.suffix(2000))")
    }

    /// Creates a new, empty database and returns its name.
    public func createDatabase() throws -> String {
        let name = "otbor_test_\(Self.counter.next())"
        _ = try psql("postgres", "CREATE DATABASE \(name)")
        return name
    }

    /// Runs `sql` in `database` through `psql` on a connection of its own; returns its unaligned output.
    public func psql(_ database: String, _ sql: String) throws -> String {
        try Self.run(bin + "/psql", ["-h", host, "-p", String(port), "-U", user, "-d", database, "-X", "-A", "-t",
                                     "-v", "ON_ERROR_STOP=1", "-c", sql], asServer: false)
    }

    /// Every row of every table of `database` as text (`pg_dump --data-only`), audit included;
    /// without the random `\restrict` key newer pg_dump writes, so two dumps of the same rows are equal.
    public func dump(_ database: String) throws -> Data {
        let text = try Self.run(bin + "/pg_dump", ["-h", host, "-p", String(port), "-U", user, "--data-only", database], asServer: false)
        return Data(text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("\\restrict ") && !$0.hasPrefix("\\unrestrict ") }.joined(separator: "\n").utf8)
    }

    /// Runs a tool and returns its standard output; as root, `asServer` runs it as `postgres`.
    /// Spawned and reaped directly (`posix_spawn`, `waitpid`): the output goes to files, not pipes,
    /// since the server that `pg_ctl start` leaves running would hold a pipe open for ever.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String], asServer: Bool) throws -> String {
        let command = asServer && getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--", tool] + arguments : [tool] + arguments
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-pg-run-\(UUID().uuidString)").path
        defer {
            unlink(base + ".out")
            unlink(base + ".err")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, base + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, base + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw Unavailable(description: "cannot run \(command[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let out = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let err = FileManager.default.contents(atPath: base + ".err") ?? Data()
        // Exited normally with status 0: the low 7 bits (the signal) and the exit code are zero.
        guard status == 0 else {
            throw Unavailable(description: "\((tool as NSString).lastPathComponent) failed (status \(status)): "
                + String(decoding: err, as: UTF8.self))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A port nobody listens on now.
    private static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Registers the stop of the cluster when the process exits.
    private static func stopAtExit(bin: String, folder: String) {
        Stop.lock.withLock {
            if Stop.pending.isEmpty {
                atexit {
                    for (bin, folder) in Stop.lock.withLock({ Stop.pending }) {
                        _ = try? PostgresCluster.run(bin + "/pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "stop"], asServer: true)
                        try? FileManager.default.removeItem(atPath: folder)
                    }
                }
            }
            Stop.pending.append((bin, folder))
        }
    }

    private enum Stop {
        static let lock = NSLock()
        nonisolated(unsafe) static var pending: [(String, String)] = []
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}
