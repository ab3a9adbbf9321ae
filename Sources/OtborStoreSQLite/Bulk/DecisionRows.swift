import GRDB
import OtborCore
import OtborStore

/// The one reader of the `decision` table.
enum DecisionRows {
    /// Decisions matching `condition` (SQL after WHERE over `decision` joined to its `application`), oldest first.
    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [DecisionRecord] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT application.profile, decision.decision, decision.reason, decision.decidedBy, decision.decidedAt FROM decision
            JOIN application ON application.id = decision.applicationId WHERE \(condition) ORDER BY decision.id
            """), arguments: arguments).map { row in
            let text: String = row[1], time: String = row[4]
            guard let decision = Decision(rawValue: text), let at = StoreTime.parse(time) else {
                throw StoreError.invalid("the database is damaged: a decision reads '\(text.prefix(20))' at '\(time.prefix(30))'")
            }
            return DecisionRecord(profile: row[0], decision: decision, reason: row[2], decidedBy: row[3], decidedAt: at)
        }
    }
}
