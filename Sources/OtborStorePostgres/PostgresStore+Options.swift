import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// The campaign's options (all off until set).
    public func campaignOptions() async throws -> CampaignOptions {
        try await read { db in
            let rows = try await db.all("SELECT value FROM campaign_option WHERE name = 'blind-ranking'", logger)
            return CampaignOptions(blindRanking: try rows.first?.decode(String.self) == "on")
        }
    }

    /// Sets the campaign's options, audited with `actor`.
    public func setCampaignOptions(_ options: CampaignOptions, actor: String) async throws {
        try await write { db in
            let value = options.blindRanking ? "on" : "off"
            try await db.run("""
                INSERT INTO campaign_option (name, value) VALUES ('blind-ranking', \(value))
                ON CONFLICT (name) DO UPDATE SET value = excluded.value
                """, logger)
            try await audit(db, actor: actor, action: .campaignOptions, subject: "campaign", detail: "blind-ranking:\(value)")
        }
    }
}
