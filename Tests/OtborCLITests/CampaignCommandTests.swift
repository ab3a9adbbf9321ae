import Foundation
import OtborCore
import OtborStoreSQLite
import OtborTestSupport
import Testing

/// `otbor campaign`: the campaign's options shown, and blind ranking set, kept and audited.
struct CampaignCommandTests {
    @Test("otbor campaign shows blind ranking off, --blind-ranking on sets it (audited with --by), a wrong value is refused")
    func blindRanking() throws {
        let folder = try TemporaryFolder("otbor-campaign")
        let path = folder.file("campaign.sqlite").path
        _ = try SQLiteStore(path: path)
        let common = ["--database", path, "--lang", "en", "--workspace", OtborProcess.repository.path]
        let shown = try OtborProcess.run(["campaign"] + common)
        #expect(shown.status == 0 && shown.stdout == "blind ranking: off — everyone sees the candidates' names\n", "\(shown.stdout)\(shown.stderr)")
        let set = try OtborProcess.run(["campaign", "--blind-ranking", "on", "--by", "Ольга"] + common)
        #expect(set.status == 0 && set.stdout.hasPrefix("blind ranking: on — assessors see candidates under codes"), "\(set.stderr)")
        #expect(try SQLiteStore(path: path).campaignOptions().blindRanking)
        #expect(try SQLiteStore(path: path).auditLog().last.map { "\($0.actor) \($0.detail)" } == "Ольга blind-ranking:on")
        let wrong = try OtborProcess.run(["campaign", "--blind-ranking", "yes"] + common)
        #expect(wrong.status == 2 && wrong.stderr.contains("'yes' is invalid for '--blind-ranking"), "\(wrong.stderr)")
    }
}
