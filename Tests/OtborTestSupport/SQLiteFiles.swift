import Foundation

/// The files an SQLite database keeps on disk, read as bytes to look for traces of erased data.
public enum SQLiteFiles {
    /// Every byte of the database file at `path` and, when there is one, its WAL.
    public static func bytes(atPath path: String) throws -> Data {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { data.append(wal) }
        return data
    }
}
