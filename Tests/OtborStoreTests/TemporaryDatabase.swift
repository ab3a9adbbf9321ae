import Foundation
import OtborCore
import OtborStore
import OtborTestSupport

/// A database file in a fresh temporary folder, removed when the value is released.
final class TemporaryDatabase: @unchecked Sendable {
    private let temporary: TemporaryFolder
    let engine: StoreEngine
    let store: any CampaignStore

    init(_ engine: StoreEngine, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.engine = engine
        temporary = try TemporaryFolder("otbor-store")
        store = try engine.open(temporary.url, clock)
    }

    /// Every byte the engine keeps of the campaign.
    func fileBytes() throws -> Data {
        try engine.residue(store)
    }
}
