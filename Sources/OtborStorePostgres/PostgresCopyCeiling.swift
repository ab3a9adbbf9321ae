import Foundation
import Logging
import OtborCore
import OtborStore
import PostgresNIO

/// The raw PostgreSQL ceiling `otbor bench` measures imports against: the same applications,
/// sessions and rating rows an import writes, sent with PostgreSQL's own `COPY … FROM STDIN` (text
/// format) on one connection, in one transaction, with the schema's constraints and triggers on;
/// then every session marked submitted in one `UPDATE`, as the SQLite ceiling does row by row.
public enum PostgresCopyCeiling {
    /// Copies the campaign's rows into the database of `url` (which holds its candidates,
    /// `candidateIDs`); returns the seconds from `BEGIN` to `COMMIT`.
    public static func copy(_ campaign: RawCeilingCampaign, candidateIDs: [CandidateID], url: PostgresURL) async throws -> Double {
        let logger = Logger(label: "otbor.postgres.ceiling") { _ in SwiftLogNoOpLogHandler() }
        return try await PostgresScratch(url: url).withConnection { connection in
            try await copy(campaign, candidateIDs: candidateIDs, connection: connection, logger: logger)
        }
    }

    private static func copy(_ campaign: RawCeilingCampaign, candidateIDs: [CandidateID], connection: PostgresConnection,
                             logger: Logger) async throws -> Double {
        let time = StoreTime.format(Date())
        let start = DispatchTime.now().uptimeNanoseconds
        try await connection.run("BEGIN", logger)
        try await connection.run("""
            INSERT INTO content_snapshot (hash, kind, contentId, json) VALUES ('raw-profile', 'profile', \(campaign.profile), '{}')
            """, logger)
        for stage in campaign.stages {
            try await connection.run("""
                INSERT INTO content_snapshot (hash, kind, contentId, json) VALUES (\("raw-" + stage.guide.id), 'guide', \(stage.guide.id), '{}')
                """, logger)
        }
        let sessionsPerCandidate = campaign.stages.count * campaign.assessors.count
        let applications = try await reserve("application", campaign.candidates, connection, logger)
        let sessions = try await reserve("session", campaign.candidates * sessionsPerCandidate, connection, logger)
        try await connection.copyFrom(table: "application", columns: ["id", "candidateid", "profile", "profilehash", "createdat"],
                                      logger: logger) { writer in
            var rows = CopyRows()
            for candidate in 0..<campaign.candidates {
                rows.add([String(applications[candidate]), String(candidateIDs[candidate].rawValue), campaign.profile, "raw-profile", time])
                if rows.full { try await rows.send(writer) }
            }
            try await rows.send(writer)
        }
        try await connection.copyFrom(table: "session", columns: ["id", "applicationid", "guide", "guidehash", "stagekind", "assessor",
                                                                  "plannedminutes", "status", "startedat", "updatedat"],
                                      logger: logger) { writer in
            var rows = CopyRows()
            for candidate in 0..<campaign.candidates {
                for (stageIndex, stage) in campaign.stages.enumerated() {
                    for assessor in campaign.assessors.indices {
                        let session = sessions[candidate * sessionsPerCandidate + stageIndex * campaign.assessors.count + assessor]
                        rows.add([String(session), String(applications[candidate]), stage.guide.id, "raw-" + stage.guide.id,
                                  stage.guide.kind.rawValue, campaign.assessors[assessor], String(stage.guide.duration), "open", time, time])
                        if rows.full { try await rows.send(writer) }
                    }
                }
            }
            try await rows.send(writer)
        }
        try await connection.copyFrom(table: "rating", columns: ["sessionid", "step", "score", "note", "answeredat"], logger: logger) { writer in
            var rows = CopyRows()
            for candidate in 0..<campaign.candidates {
                for (stageIndex, stage) in campaign.stages.enumerated() {
                    for assessor in campaign.assessors.indices {
                        let session = String(sessions[candidate * sessionsPerCandidate + stageIndex * campaign.assessors.count + assessor])
                        for (step, key) in stage.keys.enumerated() {
                            rows.add([session, key, campaign.score(candidate, stageIndex, assessor, step).map(String.init), "", time])
                            if rows.full { try await rows.send(writer) }
                        }
                    }
                }
            }
            try await rows.send(writer)
        }
        let cursors = (0..<campaign.candidates).flatMap { _ in
            campaign.stages.flatMap { stage in campaign.assessors.map { _ in stage.keys.last ?? "" } }
        }
        try await connection.run("""
            UPDATE session SET status = 'submitted', cursor = NULLIF(c.cursor, ''), submittedAt = \(time)
            FROM unnest(\(sessions)::bigint[], \(cursors)::text[]) AS c(id, cursor) WHERE session.id = c.id
            """, logger)
        try await connection.run("COMMIT", logger)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// `count` new ids of `table`'s identity column, in order.
    private static func reserve(_ table: String, _ count: Int, _ connection: PostgresConnection, _ logger: Logger) async throws -> [Int64] {
        try await connection.all("""
            SELECT nextval(pg_get_serial_sequence(\(table), 'id')) FROM generate_series(1, \(count))
            """, logger).map { try $0.decode(Int64.self) }
    }
}
