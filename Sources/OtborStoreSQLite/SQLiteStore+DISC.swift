import Foundation
import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Saves the candidate's answers to the DISC inventory and their scored result, replacing an
    /// earlier result and answers, in one transaction. `groupIndex` of each stored answer is its
    /// position in `answers` (the inventory's order when `otbor disc take` gave them); `most` and
    /// `least` are factor letters.
    public func saveDISC(
        candidate: CandidateID, answers: DISCAnswers, result: DISCResult, source: DISCSource = .inventory, actor: String
    ) throws {
        let stored = StoredDISCResult(
            candidateId: candidate, composite: result.composite, groupCount: result.groupCount,
            most: result.most, least: result.least, source: source, takenAt: clock())
        try saveDISC(stored, answers: answers.answers, actor: actor)
    }

    /// Saves Graph III values from another tool (most/least counts unknown, no answers),
    /// replacing an earlier result. Refused unless they sum to 0 and each lies within ±groupCount.
    public func saveDISC(
        candidate: CandidateID, composite: DISCFactorValues<Int>, groupCount: Int, source: DISCSource = .import, actor: String
    ) throws {
        let problems = StoredDISCResult.problems(composite: composite, groupCount: groupCount)
        guard problems.isEmpty else { throw StoreError.invalid(problems.map(\.description).joined(separator: "; ")) }
        let stored = StoredDISCResult(candidateId: candidate, composite: composite, groupCount: groupCount,
                                      source: source, takenAt: clock())
        try saveDISC(stored, answers: [], actor: actor)
    }

    private func saveDISC(_ result: StoredDISCResult, answers: [DISCAnswers.Answer], actor: String) throws {
        let candidate = result.candidateId
        try write { db in
            guard try CandidateRows.one(db, id: candidate) != nil else { throw StoreError.unknownCandidate(candidate.description) }
            let candidate = candidate.rawValue
            try db.execute(sql: "DELETE FROM disc_answer WHERE candidateId = ?", arguments: [candidate])
            try db.execute(sql: "DELETE FROM disc_result WHERE candidateId = ?", arguments: [candidate])
            for (index, answer) in answers.enumerated() {
                try db.execute(sql: "INSERT INTO disc_answer (candidateId, groupIndex, most, least) VALUES (?, ?, ?, ?)",
                               arguments: [candidate, index, answer.most.rawValue, answer.least.rawValue])
            }
            let composite = result.composite
            try db.execute(sql: """
                INSERT INTO disc_result (candidateId, d, i, s, c, groupCount, mostD, mostI, mostS, mostC,
                    leastD, leastI, leastS, leastC, source, takenAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    candidate, composite.d, composite.i, composite.s, composite.c, result.groupCount,
                    result.most?.d, result.most?.i, result.most?.s, result.most?.c,
                    result.least?.d, result.least?.i, result.least?.s, result.least?.c,
                    result.source.rawValue, now,
                ])
            try audit(db, actor: actor, action: .discSave, subject: "candidate:\(candidate)",
                      detail: "\(result.source.rawValue) D\(composite.d) I\(composite.i) S\(composite.s) C\(composite.c) of \(result.groupCount)")
        }
    }

    /// The candidate's stored DISC result, or `nil` when there is none.
    public func discResult(candidate: CandidateID) throws -> StoredDISCResult? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM disc_result WHERE candidateId = ?", arguments: [candidate.rawValue]).map(Self.discResult)
        }
    }

    /// The stored DISC results of every candidate who has one, by candidate id.
    public func discResults() throws -> [CandidateID: StoredDISCResult] {
        try read { db in
            let results = try Row.fetchAll(db, sql: "SELECT * FROM disc_result").map(Self.discResult)
            return Dictionary(results.map { ($0.candidateId, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// A row of `disc_result` as a value.
    static func discResult(_ row: Row) -> StoredDISCResult {
        func counts(_ prefix: String) -> DISCFactorValues<Int>? {
            let values = DISCFactor.allCases.map { row[prefix + $0.rawValue] as Int? }
            guard let d = values[0], let i = values[1], let s = values[2], let c = values[3] else { return nil }
            return DISCFactorValues(d: d, i: i, s: s, c: c)
        }
        let sourceText: String = row["source"]
        return StoredDISCResult(
            candidateId: CandidateID(row["candidateId"]),
            composite: DISCFactorValues(d: row["d"], i: row["i"], s: row["s"], c: row["c"]),
            groupCount: row["groupCount"], most: counts("most"), least: counts("least"),
            source: DISCSource(rawValue: sourceText) ?? .import, takenAt: StoreTime.parse(row["takenAt"]) ?? Date(timeIntervalSince1970: 0))
    }

    /// The stored answers of the candidate's DISC inventory in the order given: factor letters
    /// of the "most" and "least" options per group position. Empty after an import.
    public func discAnswers(candidate: CandidateID) throws -> [DISCChoice] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT most, least FROM disc_answer WHERE candidateId = ? ORDER BY groupIndex",
                             arguments: [candidate.rawValue]).compactMap { row in
                guard let most = DISCFactor(rawValue: row["most"]), let least = DISCFactor(rawValue: row["least"]) else { return nil }
                return DISCChoice(most: most, least: least)
            }
        }
    }
}
