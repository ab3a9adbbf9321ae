import Foundation
import GRDB
import OtborCore
import OtborStore

/// The raw SQLite ceiling `otbor bench` measures imports against: the same applications, sessions
/// and rating rows an import writes, inserted by statements prepared once and stepped with
/// SQLite's own calls, in one transaction, with the store's durability (WAL, `synchronous` as
/// ``SQLiteStore/synchronousMode``, the writer's page cache, foreign keys and the schema's triggers on).
public enum SQLiteRawCeiling {
    /// What to insert: a synthetic campaign's shape and its ratings (shared with PostgreSQL's `COPY` ceiling).
    public typealias Campaign = RawCeilingCampaign

    static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: """
                PRAGMA secure_delete = ON; PRAGMA synchronous = \(SQLiteStore.synchronousMode); PRAGMA cache_size = \(SQLiteStore.writerCacheSize)
                """)
        }
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Adds candidates to a database the store created, in one transaction; returns their ids.
    public static func addCandidates(_ people: [NewCandidate], path: String) throws -> [CandidateID] {
        let queue = try open(path)
        let time = StoreTime.format(Date())
        return try queue.write { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO candidate (name, email, phone, source, consentDate, fairnessGroup, notes, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            return try people.map { person in
                try insert.execute(arguments: [person.name, person.email, person.phone, person.source,
                                               person.consentDate.description, person.fairnessGroup, person.notes, time])
                return CandidateID(db.lastInsertedRowID)
            }
        }
    }

    /// Inserts the campaign's rows into the database at `path` (a copy of the base database with
    /// its candidates); returns the seconds the transaction took.
    public static func insert(_ campaign: Campaign, candidateIDs: [CandidateID], path: String) throws -> Double {
        let queue = try open(path)
        let time = StoreTime.format(Date())
        let start = DispatchTime.now().uptimeNanoseconds
        try queue.write { db in
            let snapshot = try db.makeStatement(sql: "INSERT INTO content_snapshot (hash, kind, contentId, json) VALUES (?, ?, ?, ?)")
            try snapshot.execute(arguments: ["raw-profile", "profile", campaign.profile, Data("{}".utf8)])
            for stage in campaign.stages {
                try snapshot.execute(arguments: ["raw-\(stage.guide.id)", "guide", stage.guide.id, Data("{}".utf8)])
            }
            let application = try db.makeStatement(sql: """
                INSERT INTO application (candidateId, profile, profileHash, createdAt) VALUES (?, ?, 'raw-profile', ?)
                """)
            let session = try RawStatement(db, sql: """
                INSERT INTO session (applicationId, guide, guideHash, stageKind, assessor, plannedMinutes, status, cursor,
                                     startedAt, updatedAt, submittedAt)
                VALUES (?, ?, ?, ?, ?, ?, 'open', NULL, ?, ?, NULL)
                """)
            // The hot statements are bound and stepped with SQLite's own calls, with none of a
            // wrapper's per-row work: a ceiling as high as this machine allows.
            let rating = try RawStatement(db, sql: "INSERT INTO rating (sessionId, step, score, note, answeredAt) VALUES (?, ?, ?, '', ?)")
            let submit = try RawStatement(db, sql: "UPDATE session SET status = 'submitted', cursor = ?, submittedAt = ? WHERE id = ?")
            let keys = campaign.stages.map(\.keys)
            try rating.bind(time, at: 4)
            try session.bind(time, at: 7)
            try session.bind(time, at: 8)
            try submit.bind(time, at: 2)
            for candidate in 0..<campaign.candidates {
                try application.execute(arguments: [candidateIDs[candidate].rawValue, campaign.profile, time])
                let applicationID = db.lastInsertedRowID
                for (stageIndex, stage) in campaign.stages.enumerated() {
                    for assessor in campaign.assessors.indices {
                        try session.bind(applicationID, at: 1)
                        try session.bind(stage.guide.id, at: 2)
                        try session.bind("raw-\(stage.guide.id)", at: 3)
                        try session.bind(stage.guide.kind.rawValue, at: 4)
                        try session.bind(campaign.assessors[assessor], at: 5)
                        try session.bind(stage.guide.duration, at: 6)
                        try session.run()
                        let sessionID = db.lastInsertedRowID
                        try rating.bind(sessionID, at: 1)
                        for (step, key) in keys[stageIndex].enumerated() {
                            try rating.bind(key, at: 2)
                            try rating.bind(campaign.score(candidate, stageIndex, assessor, step), at: 3)
                            try rating.run()
                        }
                        try submit.bind(keys[stageIndex].last, at: 1)
                        try submit.bind(sessionID, at: 3)
                        try submit.run()
                    }
                }
            }
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
