import Foundation

extension PostgresCluster {
    /// A new database on this test process's cluster, for a test of PostgreSQL itself; `nil`, with a
    /// note on standard error naming `what`, when the machine has no server binaries (unless
    /// `OTBOR_REQUIRE_POSTGRES=1`, when a missing server fails instead).
    public static func testDatabase(_ what: String) throws -> (cluster: PostgresCluster, name: String)? {
        guard binaries != nil || required else {
            FileHandle.standardError.write(Data("note: \(what) on PostgreSQL skipped: no PostgreSQL server binaries\n".utf8))
            return nil
        }
        let cluster = try shared()
        return (cluster, try cluster.createDatabase())
    }

    /// The `--database` URL of the database `name` on this cluster.
    public func url(_ name: String) -> String {
        "postgres://\(user)@\(host):\(port)/\(name)?sslmode=disable"
    }
}
