import Foundation
import OtborCore
import OtborStore

/// Where `otbor bench` keeps its synthetic campaigns, and the raw ceiling its import is compared
/// with: temporary SQLite files (``SQLiteBenchDatabases``) or throwaway databases on a PostgreSQL
/// server (``PostgresBenchDatabases``). Each campaign is named (`base-1000`, `import-1000-0` …).
protocol BenchDatabases: Sendable {
    /// `sqlite` or `postgresql`, as the JSON says.
    var engine: String { get }
    /// What the ceiling is, for the JSON.
    var ceiling: String { get }
    /// The durability every measured write has.
    func durability() async throws -> String
    /// Creates the campaign `name` with `people` as its candidates; returns their ids in order.
    func create(_ name: String, people: [NewCandidate]) async throws -> [CandidateID]
    /// A store on a new campaign `name`, a copy of the campaign `base`.
    func copy(_ base: String, as name: String) async throws -> any CampaignStore
    /// A store on the campaign `name`, made earlier.
    func open(_ name: String) async throws -> any CampaignStore
    /// The raw ceiling: the campaign's rows written into a new copy `name` of `base`, which is
    /// removed afterwards; the seconds the writing took.
    func ceiling(_ campaign: RawCeilingCampaign, ids: [CandidateID], base: String, as name: String) async throws -> Double
    /// Lets the campaign `name` settle after its import before it is read: the work the engine
    /// does after a bulk load anyway, done now, so the reads are not measured racing it.
    func settle(_ name: String) async throws
    /// Closes `store` (when the engine has anything to close) and removes the campaign `name`.
    func remove(_ name: String, store: (any CampaignStore)?) async throws
    /// Keeps the campaign `name` (its store closed) as `bench-N` in `folder`, or says where it stays.
    func keep(_ name: String, store: any CampaignStore, candidates: Int, in folder: URL) async throws -> String
    /// Removes every campaign still there (at the end, whether the bench succeeded or not).
    func removeAll() async
}
