import Foundation
import OtborStorePostgres
import OtborTestSupport
import Testing

/// `--database postgres://…`: what a URL names, what is refused and why, and the password lookup
/// in a `.pgpass` file.
struct PostgresURLTests {
    static let environment = ["USER": "anna"]

    static let accepted: [(text: String, user: String, host: String, port: Int, database: String, mode: PostgresURL.SSLMode, location: String)] = [
        ("postgres://otbor@db.example:6432/campaign", "otbor", "db.example", 6432, "campaign", .prefer, "postgres://otbor@db.example:6432/campaign"),
        ("postgresql://otbor@db.example/campaign?sslmode=require", "otbor", "db.example", 5432, "campaign", .require,
         "postgres://otbor@db.example:5432/campaign?sslmode=require"),
        ("postgres://otbor@10.0.0.5:5432/c?sslmode=disable", "otbor", "10.0.0.5", 5432, "c", .disable, "postgres://otbor@10.0.0.5:5432/c?sslmode=disable"),
        ("postgres://otbor@db/c?sslmode=verify-full", "otbor", "db", 5432, "c", .verifyFull, "postgres://otbor@db:5432/c?sslmode=verify-full"),
        ("postgres://db.example", "anna", "db.example", 5432, "anna", .prefer, "postgres://anna@db.example:5432/anna"),
        ("POSTGRES://otbor@localhost/otbor", "otbor", "localhost", 5432, "otbor", .prefer, "postgres://otbor@localhost:5432/otbor"),
    ]

    @Test("a URL names the user, host, port, database and sslmode; the location shows no password", arguments: accepted.indices)
    func parses(index: Int) throws {
        let expected = Self.accepted[index]
        let url = try PostgresURL(expected.text, environment: Self.environment)
        #expect(url.user == expected.user && url.host == expected.host && url.port == expected.port)
        #expect(url.database == expected.database && url.sslMode == expected.mode)
        #expect(url.location == expected.location)
    }

    static let refused: [(text: String, problem: PostgresURL.Problem)] = [
        ("postgres://otbor:secret@db/c", .passwordInURL),
        ("postgres://otbor:@db/c", .passwordInURL),
        ("postgres://otbor@db/c?sslmode=sometimes", .badSSLMode("sometimes")),
        ("postgres://otbor@db/c?password=secret", .unknownParameter("password")),
        ("postgres://otbor@db:99999/c", .badPort("99999")),
        ("postgres://otbor@db/c/d", .malformed("postgres://otbor@db/c/d")),
        ("mysql://otbor@db/c", .malformed("mysql://otbor@db/c")),
        ("postgres://otbor@db/c?sslmode=verify-ca&sslrootcert=/nonexistent/root.crt", .missingRootCertificate("/nonexistent/root.crt")),
    ]

    @Test("a password, an unknown sslmode or parameter, a bad port or path is refused, saying what is accepted",
          arguments: refused.indices)
    func refuses(index: Int) {
        let (text, problem) = Self.refused[index]
        #expect(throws: problem) { try PostgresURL(text, environment: Self.environment) }
        #expect(!problem.description.contains("secret"))
    }

    @Test("the trusted root comes from sslrootcert, else PGSSLROOTCERT; it shows in the location only when a verify mode uses it")
    func rootCertificate() throws {
        let folder = try TemporaryFolder("otbor-root")
        let root = folder.file("root.crt").path
        try Data("-----BEGIN CERTIFICATE-----\n".utf8).write(to: folder.file("root.crt"))
        let given = try PostgresURL("postgres://otbor@db/c?sslmode=verify-full&sslrootcert=\(root)", environment: Self.environment)
        #expect(given.sslRootCert == root && given.location == "postgres://otbor@db:5432/c?sslmode=verify-full&sslrootcert=\(root)")
        let fromEnvironment = try PostgresURL("postgres://otbor@db/c?sslmode=verify-ca", environment: ["USER": "anna", "PGSSLROOTCERT": root])
        #expect(fromEnvironment.sslRootCert == root)
        let unused = try PostgresURL("postgres://otbor@db/c?sslmode=require", environment: ["USER": "anna", "PGSSLROOTCERT": "/nonexistent"])
        #expect(unused.location == "postgres://otbor@db:5432/c?sslmode=require")
    }

    @Test("the refusal of a password in the URL says where to put it")
    func passwordAdvice() {
        let text = PostgresURL.Problem.passwordInURL.description
        #expect(text.contains("PGPASSWORD") && text.contains(".pgpass"))
    }

    @Test("a file path is not a URL", arguments: ["otbor.sqlite", "/srv/otbor/campaign.sqlite", "postgres.sqlite", "./postgres://x"])
    func paths(path: String) {
        #expect(!PostgresURL.isURL(path))
    }

    static let pgpass = """
        # comment
        db.example:5432:campaign:otbor:first
        db.example:*:*:otbor:second
        we\\:ird:5432:c\\\\d:u:escaped
        *:*:*:*:any\\:thing
        """

    static let lookups: [(host: String, port: Int, database: String, user: String, password: String?)] = [
        ("db.example", 5432, "campaign", "otbor", "first"),
        ("db.example", 6432, "other", "otbor", "second"),
        ("elsewhere", 5432, "campaign", "anna", "any:thing"),
        ("we:ird", 5432, "c\\d", "u", "escaped"),
    ]

    @Test(".pgpass: the first matching line wins; * matches anything; \\: and \\\\ are a colon and a backslash",
          arguments: lookups.indices)
    func pgpassLookup(index: Int) {
        let lookup = Self.lookups[index]
        #expect(PGPass.password(in: Self.pgpass, host: lookup.host, port: lookup.port, database: lookup.database, user: lookup.user)
            == lookup.password)
    }

    @Test(".pgpass without a matching line gives no password; one others may read is ignored")
    func pgpassFile() throws {
        #expect(PGPass.password(in: "db:5432:c:u:p", host: "db", port: 5433, database: "c", user: "u") == nil)
        let folder = try TemporaryFolder("otbor-pgpass")
        let path = folder.file("pgpass").path
        try "db:5432:c:u:p\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(PGPass.file(environment: ["PGPASSFILE": path]) == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(PGPass.file(environment: ["PGPASSFILE": path]) == "db:5432:c:u:p\n")
    }
}
