import ArgumentParser
import Foundation
import OtborStorePostgres

/// The bench's one choice of engine: temporary SQLite files in `folder`, or throwaway databases
/// on the server of a `postgres://` URL given with `--database`.
enum BenchEngines {
    static func databases(_ database: String?, folder: URL, words: ConsoleWording) throws -> any BenchDatabases {
        guard let database else { return SQLiteBenchDatabases(folder: folder) }
        guard PostgresURL.isURL(database) else {
            throw ValidationError(words(.benchDatabase, ["value": database]))
        }
        do {
            return PostgresBenchDatabases(url: try PostgresURL(database))
        } catch let problem as PostgresURL.Problem {
            throw ValidationError(words.databaseURL(problem))
        }
    }
}
