import OtborStore

/// The SQLite engine answers every operation of the protocol synchronously inside the async call:
/// GRDB serialises writers and SQLite's busy timeout waits out other processes.
extension SQLiteStore: CampaignStore {
    /// This process's committed changes, signalled after each commit; other processes writing the
    /// same file are not heard (a reader looks again now and then for those).
    public var changeFeed: any ChangeFeed { changes }
}
