import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// The campaign's options (all off until set).
    public func campaignOptions() throws -> CampaignOptions {
        try read { db in
            let value = try String.fetchOne(db, sql: "SELECT value FROM campaign_option WHERE name = 'blind-ranking'")
            return CampaignOptions(blindRanking: value == "on")
        }
    }

    /// Sets the campaign's options, audited with `actor`.
    public func setCampaignOptions(_ options: CampaignOptions, actor: String) throws {
        try write { db in
            let value = options.blindRanking ? "on" : "off"
            try db.execute(sql: """
                INSERT INTO campaign_option (name, value) VALUES ('blind-ranking', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value
                """, arguments: [value])
            try audit(db, actor: actor, action: .campaignOptions, subject: "campaign", detail: "blind-ranking:\(value)")
        }
    }
}
