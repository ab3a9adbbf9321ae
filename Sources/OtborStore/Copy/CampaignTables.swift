/// A campaign store whose whole content can be read and written table by table, for moving a
/// campaign between engines (`otbor db copy`). Both engines implement it over
/// ``CampaignTable/all``, with values as ``StoreValue``.
public protocol CampaignTables: CampaignStore {
    /// Every row of every table of ``CampaignTable/all``, in that order, then the id counters
    /// (``CampaignTable/idCounters``), read from one snapshot.
    func dumpTables() async throws -> [TableDump]

    /// Loads `tables` into this store in one transaction, then reads them back inside it and
    /// compares each table's ``TableDigest`` with the source's: the transaction commits only when
    /// all are equal, and returns the digests read back. Refused (``CopyError/notEmpty(location:rows:)``)
    /// when any table of ``CampaignTable/all`` has a row; a mismatch throws
    /// ``CopyError/mismatch(source:loaded:)``; any failure leaves the store as it was. The lock
    /// and append-only triggers stay in force: submitted sessions go in open and are submitted
    /// after their answers (``TableDump/unlockedForLoading()``). `progress` hears each table loaded.
    func loadTables(_ tables: [TableDump], progress: @Sendable (TableDigest) -> Void) async throws -> [TableDigest]
}

extension TableDump {
    /// The check both engines make before committing a load: the tables read back must have the
    /// source's rows and hashes.
    public static func verify(source: [TableDump], loaded: [TableDump]) throws -> [TableDigest] {
        let expected = source.map(\.digest), found = loaded.map(\.digest)
        guard expected == found else { throw CopyError.mismatch(source: expected, loaded: found) }
        return found
    }

    /// The refusal of a load into a store that has rows (`counts` by table).
    public static func refuseNonEmpty(_ counts: [String: Int], location: String) throws {
        let held = counts.filter { $0.value > 0 }
        guard held.isEmpty else { throw CopyError.notEmpty(location: location, rows: held) }
    }
}
