import Foundation
import OtborTestSupport
import Testing

/// `otbor bench --database postgres://…`: the whole benchmark on PostgreSQL, on throwaway
/// databases of the server that it drops at the end (no time assertions).
struct BenchPostgresTests {
    @Test("bench --database postgres://… runs every figure on PostgreSQL, says so with its COPY ceiling, and leaves no database behind")
    func benchOnPostgres() throws {
        guard let (cluster, database) = try PostgresCluster.testDatabase("bench") else { return }
        let url = cluster.url(database)
        let output = try OtborProcess.run(["bench", "--candidates", "100", "--database", url, "--format", "json", "--http-assessors", "4",
                                           "--http-requests", "40", "--http-pause-ms", "20", "--workspace", OtborProcess.repository.path])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        #expect(json["engine"] as? String == "postgresql")
        #expect((json["ceiling"] as? String)?.contains("COPY") == true)
        #expect((json["durability"] as? String)?.contains("synchronous_commit=") == true)
        try BenchCommandTests().check(json, candidates: 100)
        let http = try #require(json["http"] as? [String: Any])
        #expect(http["acknowledged"] as? Int == 40 && http["stored"] as? Int == 40 && http["stale"] as? Int == 0)
        let left = try cluster.psql("postgres", "SELECT count(*) FROM pg_database WHERE datname LIKE 'otbor_bench_%'")
        #expect(left.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "every throwaway database is dropped")
    }

    @Test("bench --database with a file path is refused, saying what is accepted")
    func fileRefused() throws {
        let output = try OtborProcess.run(["bench", "--database", "bench.sqlite", "--lang", "en", "--workspace", OtborProcess.repository.path])
        #expect(output.status != 0 && output.stderr.contains("postgres://"), "\(output.stderr)")
    }
}
