import OtborStore

/// The SQLite engine answers every operation of the protocol synchronously inside the async call:
/// GRDB serialises writers and SQLite's busy timeout waits out other processes.
extension SQLiteStore: CampaignStore {}
