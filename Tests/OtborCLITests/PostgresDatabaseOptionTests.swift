import Foundation
import OtborTestSupport
import Testing

/// `--database postgres://…` on the command line: refusals that say what to do and never repeat a
/// password, a server that is not there named in the error, and a campaign kept on PostgreSQL.
struct PostgresDatabaseOptionTests {
    static let refused: [(url: String, status: Int32, says: String)] = [
        ("postgres://otbor:s3cret-pw@127.0.0.1:5432/c", 2, "PGPASSWORD or in ~/.pgpass"),
        ("postgres://otbor:s3cret-pw@127.0.0.1:5432/c?sslmode=maybe", 2, "PGPASSWORD or in ~/.pgpass"),
        ("postgres://otbor@127.0.0.1:5432/c?sslmode=maybe", 2, "sslmode 'maybe' is not one of disable, prefer, require, verify-ca, verify-full"),
        ("postgres://otbor@127.0.0.1:5432/c?password=s3cret-pw", 2, "the database URL parameter 'password' is not known"),
        ("postgres://otbor@127.0.0.1:1/c?sslmode=disable", 1, "cannot open the database postgres://otbor@127.0.0.1:1/c?sslmode=disable"),
    ]

    @Test("a bad database URL is refused saying what is accepted, a server that is not there is named, no password is repeated",
          arguments: refused.indices)
    func refusals(index: Int) throws {
        let (url, status, says) = Self.refused[index]
        let output = try OtborProcess.run(["candidates", "list", "--database", url, "--lang", "en"])
        #expect(output.status == status, "\(output.stderr)")
        #expect(output.stderr.contains(says), "\(output.stderr)")
        #expect(!output.stderr.contains("s3cret-pw") && !output.stdout.contains("s3cret-pw"))
    }

    @Test("a campaign on PostgreSQL: candidates added through the URL are listed, the password from PGPASSWORD is never shown",
          .enabled(if: PostgresCluster.binaries != nil || PostgresCluster.required, "no PostgreSQL server binaries"))
    func campaign() throws {
        let cluster = try PostgresCluster.shared()
        let url = "postgres://\(cluster.user)@\(cluster.host):\(cluster.port)/\(try cluster.createDatabase())?sslmode=disable"
        let environment = ["PGPASSWORD": "unused-s3cret", "OTBOR_DATABASE": url]
        let added = try OtborProcess.run(["candidates", "add", "Анна Петрова", "--lang", "en"], environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        let listed = try OtborProcess.run(["candidates", "list", "--database", url, "--lang", "en"], environment: environment)
        #expect(listed.status == 0 && listed.stdout.contains("Анна Петрова"), "\(listed.stdout)\(listed.stderr)")
        #expect(!(added.stdout + added.stderr + listed.stdout + listed.stderr).contains("unused-s3cret"))
        #expect(try cluster.psql(String(url.split(separator: "/").last!.split(separator: "?")[0]), "SELECT count(*) FROM candidate")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }
}
