import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension PostgresCluster {
    /// A second cluster of this test process that speaks only TLS on 127.0.0.1 (`hostnossl` is
    /// rejected), with a server certificate for the name `localhost` only, signed by a test
    /// authority (``TLSFiles/authority``); ``TLSFiles/stranger`` is another authority, which did
    /// not sign it. Started on first use, stopped when the process exits.
    public static func tlsShared() throws -> (cluster: PostgresCluster, files: TLSFiles) {
        try tlsStarted.get()
    }

    /// The certificates of ``tlsShared()``.
    public struct TLSFiles: Sendable {
        /// The authority that signed the server's certificate (PEM).
        public var authority: String
        /// An authority that signed nothing the server holds (PEM).
        public var stranger: String
    }

    private static let tlsStarted: Result<(cluster: PostgresCluster, files: TLSFiles), Unavailable> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-pg-tls-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = TLSFiles(authority: folder + "/authority.crt", stranger: folder + "/stranger.crt")
        let cluster = try PostgresCluster(options: "-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key") { data in
            try makeAuthority(folder + "/authority", name: "Otbor test authority")
            try makeAuthority(folder + "/stranger", name: "Otbor stranger authority")
            try openssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", data + "/server.key", "-out", folder + "/server.csr",
                         "-subj", "/CN=localhost"])
            try "subjectAltName=DNS:localhost\n".write(toFile: folder + "/server.ext", atomically: true, encoding: .utf8)
            try openssl(["x509", "-req", "-in", folder + "/server.csr", "-CA", files.authority, "-CAkey", folder + "/authority.key",
                         "-CAcreateserial", "-out", data + "/server.crt", "-days", "2", "-extfile", folder + "/server.ext"])
            try """
                local all all trust
                hostssl all all 127.0.0.1/32 trust
                hostnossl all all 127.0.0.1/32 reject

                """.write(toFile: data + "/pg_hba.conf", atomically: true, encoding: .utf8)
            chmod(data + "/server.key", 0o600)
            if getuid() == 0, let owner = getpwnam("postgres") {
                for file in ["server.key", "server.crt", "pg_hba.conf"] { chown(data + "/" + file, owner.pointee.pw_uid, owner.pointee.pw_gid) }
            }
        }
        return (cluster, files)
    }.mapError { $0 as? Unavailable ?? Unavailable(description: "\($0)") }

    private static func makeAuthority(_ base: String, name: String) throws {
        try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", base + ".key", "-out", base + ".crt", "-days", "2",
                     "-subj", "/CN=\(name)", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
    }

    private static func openssl(_ arguments: [String]) throws {
        try run("/usr/bin/openssl", arguments, asServer: false)
    }
}
