import Foundation
import OtborTestSupport
import Testing

/// Candidates' data never leaves the machine: no code path of `otbor` opens a connection to
/// anywhere but the PostgreSQL server a person names with `--database postgres://…` (the
/// PostgreSQL engine, `Sources/OtborStorePostgres/`, the one client of the network, and its
/// only TLS). `otbor serve` listens (on loopback unless told otherwise) and answers; with a
/// database file, nothing in Otbor connects out.
///
/// Three checks, each covering what the others cannot. The source scan catches a client network
/// API before it is built, on every platform. The binary scan asks the linker: an `otbor` that
/// could fetch a URL must link FoundationNetworking or libcurl (Foundation's `URLSession` on Linux
/// lives there) or a TLS library. (Since `otbor serve`, SwiftNIO's socket calls are in the binary:
/// a server must bind, listen and accept, so the socket symbols themselves no longer tell.)
/// Neither sees Foundation loading FoundationNetworking at run time for a remote
/// `Data(contentsOf:)`, so the demo — every command path of a campaign — runs with every proxy
/// variable pointing at a local listener: an HTTP client honouring them would connect there
/// first. (A closed port would prove nothing: a refused connection looks like no connection.)
/// The reports it writes must not load anything remote either.
@Suite("Network isolation")
struct NetworkIsolationTests {
    /// Network APIs, and loading a remote URL through Foundation.
    static let forbidden = ["URLSession", "URLRequest", "FoundationNetworking", "NWConnection", "NWListener", "CFSocket",
                            "CFStream", "socket(", "connect(", "getaddrinfo", "gethostbyname", "dlopen", "Data(contentsOf: URL(string",
                            "String(contentsOf: URL(string", "contentsOf: URL(string: \"http", "import Network",
                            "ClientBootstrap", "HTTPClient", "NIOSSL", "HummingbirdTLS"]

    /// The one exception: `otbor bench` drives the console it runs in its own process through this
    /// HTTP/1.1 connection, which takes a port and always connects to 127.0.0.1.
    static let loopbackBenchClient = "OtborCLI/Bench/BenchLoopbackClient.swift"

    /// The PostgreSQL engine connects to the server of the URL it is given, and nowhere else.
    static let postgresEngine = "OtborStorePostgres/"

    @Test("no source file of Otbor uses a network API (but the bench's loopback connection to its own console and the PostgreSQL engine)")
    func sources() throws {
        let root = OtborProcess.repository.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 100, "the scan must see the sources: \(files.count) files")
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            if file == Self.loopbackBenchClient {
                // Loopback only: the address is fixed and no caller can pass a host.
                #expect(text.contains(".connect(host: \"127.0.0.1\", port: port)") && !text.contains("host: String"), "\(file)")
                #expect(text.components(separatedBy: ".connect(").count == 2, "\(file) connects in one place")
                continue
            }
            if file.hasPrefix(Self.postgresEngine) {
                // The server of the `--database` URL only: postgres-nio's client and its TLS, nothing of Foundation's.
                for api in Self.forbidden where !["connect(", "NIOSSL"].contains(api) {
                    #expect(!text.contains(api), "Sources/\(file) uses \(api)")
                }
                continue
            }
            for api in Self.forbidden {
                #expect(!text.contains(api), "Sources/\(file) uses \(api)")
            }
        }
    }

    #if os(Linux)
    static let nm = ["/usr/bin/nm", "/bin/nm"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let readelf = ["/usr/bin/readelf", "/bin/readelf"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("the otbor binary links no HTTP client, no networking library of Foundation and no TLS library",
          .enabled(if: nm != nil && readelf != nil, "binutils (nm, readelf) are not installed"))
    func binary() throws {
        let symbols = try Self.tool(Self.nm!, ["-D", "--undefined-only", OtborProcess.executable.path])
            .split(separator: "\n").compactMap { $0.split(separator: " ").last.map { String($0.split(separator: "@")[0]) } }
        #expect(symbols.count > 100 && symbols.contains("sqlite3_open_v2"), "the scan must see the imports: \(symbols.count)")
        #expect(symbols.contains("bind") && symbols.contains("listen"), "otbor serve listens")
        #expect(symbols.filter { $0.hasPrefix("curl_") || $0.contains("URLSession") || $0.contains("FoundationNetworking") }.isEmpty)
        let needed = try Self.tool(Self.readelf!, ["-d", OtborProcess.executable.path])
            .split(separator: "\n").filter { $0.contains("(NEEDED)") }
        #expect(needed.contains { $0.contains("libsqlite3") }, "the scan must see the libraries: \(needed)")
        #expect(!needed.contains { $0.contains("FoundationNetworking") || $0.contains("curl") || $0.contains("libssl") }, "\(needed)")
    }

    static func tool(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
    #endif

    @Test("otbor demo with every proxy variable aimed at a local listener: it succeeds, nothing connects, the reports load nothing remote")
    func demoBehindProxy() throws {
        let listener = try LocalListener()
        defer { listener.stop() }
        let proxy = "http://127.0.0.1:\(listener.port)"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-network-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ["no_proxy": "", "NO_PROXY": ""]
        for name in ["http_proxy", "https_proxy", "all_proxy", "ftp_proxy"] {
            environment[name] = proxy
            environment[name.uppercased()] = proxy
        }
        let output = try OtborProcess.run(["demo", "--out", folder.path, "--lang", "en", "--workspace", OtborProcess.repository.path],
                                          environment: environment)
        listener.stop()
        #expect(output.status == 0, "\(output.stderr)")
        #expect(listener.connections == 0)
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
        #expect(reports.count >= 9, "\(reports)")
        for report in reports {
            let html = try String(contentsOf: folder.appendingPathComponent(report), encoding: .utf8)
                .replacingOccurrences(of: "http://www.w3.org/", with: "")
            for remote in ["http://", "https://", "src=\"//", "href=\"//", "url(//", "@import"] {
                #expect(!html.contains(remote), "\(report) refers to \(remote)")
            }
        }
    }
}
