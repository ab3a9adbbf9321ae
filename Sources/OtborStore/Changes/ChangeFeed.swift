/// Where a store says that a committed write changed something a live board shows (answers,
/// a session opened, paused, reopened or submitted, a sitting opened, its timer started, a
/// conflict declared, consensus, a decision). A rolled-back write says nothing.
///
/// Each engine has its own: SQLite signals this process's writes after their commit
/// (``LocalChangeFeed``; writes of other processes are not heard, so readers still look again
/// now and then), PostgreSQL hears every server's commits through `LISTEN`/`NOTIFY`.
public protocol ChangeFeed: Sendable {
    /// The changes committed from now on, until the caller stops iterating. Bursts may be
    /// coalesced (a slow reader keeps the newest few), never reordered.
    func changes() -> AsyncStream<StoreChange>
}
