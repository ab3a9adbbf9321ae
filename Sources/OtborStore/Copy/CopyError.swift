/// Why `otbor db copy` stopped; in every case the destination was left as it was (the load is
/// one transaction, rolled back).
public enum CopyError: Error, Sendable, Equatable {
    /// The destination holds a campaign already: rows by table (only the tables that have some).
    case notEmpty(location: String, rows: [String: Int])
    /// What the destination read back inside the load transaction differs from the source.
    case mismatch(source: [TableDigest], loaded: [TableDigest])
}
