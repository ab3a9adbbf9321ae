import GRDB
import OtborCore
import OtborStore

/// The one reader of the `consensus` table.
enum ConsensusRows {
    /// A consensus row with the application it belongs to.
    struct Entry {
        var application: ApplicationID
        var record: ConsensusRecord
    }

    /// Consensus ratings matching `condition` (SQL after WHERE over `consensus` joined to its `application`), oldest first.
    /// A row that is no longer a valid consensus (off the scale) is left out, as scoring would.
    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Entry] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT consensus.applicationId, consensus.guide, consensus.competency, consensus.value, consensus.rationale,
                   consensus.recordedBy, consensus.recordedAt
            FROM consensus JOIN application ON application.id = consensus.applicationId WHERE \(condition) ORDER BY consensus.id
            """), arguments: arguments).compactMap { row in
            let time: String = row[6]
            guard let agreed = Consensus(stage: row[1], competency: row[2], value: row[3], rationale: row[4]),
                  let at = StoreTime.parse(time) else { return nil }
            return Entry(application: ApplicationID(row[0]), record: ConsensusRecord(consensus: agreed, recordedBy: row[5], recordedAt: at))
        }
    }
}
