/// A table of the campaign as `otbor db copy` moves it: its columns with their declared types,
/// its primary key (the first ``keyCount`` columns). Defined once here and used by both engines,
/// so that they dump, load and hash the same columns in the same order.
public struct CampaignTable: Sendable, Hashable {
    /// The storage class a column is declared with (the same in both engines' schemas).
    public enum ColumnType: Sendable, Hashable {
        case integer, real, text, blob
    }

    public struct Column: Sendable, Hashable {
        public var name: String
        public var type: ColumnType
    }

    public var name: String
    public var columns: [Column]
    /// How many leading columns make the primary key.
    public var keyCount: Int

    init(_ name: String, key: Int = 1, _ columns: [(String, ColumnType)]) {
        self.name = name
        self.columns = columns.map { Column(name: $0.0, type: $0.1) }
        keyCount = key
    }

    /// The column names joined for SQL (`a, b, c`).
    public var columnList: String { columns.map(\.name).joined(separator: ", ") }

    /// Every table a copy moves, in an order that loads parents before children. Left out: the
    /// console's web sessions (ephemeral: people sign in again), the erasure-scrub marker (the
    /// SQLite engine's own bookkeeping of its file) and the migrations tables (each engine's own).
    public static let all: [CampaignTable] = [
        CampaignTable("candidate", [("id", .integer), ("name", .text), ("email", .text), ("phone", .text), ("source", .text),
                                    ("consentDate", .text), ("consentWithdrawn", .text), ("fairnessGroup", .text),
                                    ("retentionDeadline", .text), ("notes", .text), ("createdAt", .text)]),
        CampaignTable("content_snapshot", [("hash", .text), ("kind", .text), ("contentId", .text), ("json", .blob)]),
        CampaignTable("application", [("id", .integer), ("candidateId", .integer), ("profile", .text), ("profileHash", .text),
                                      ("createdAt", .text)]),
        CampaignTable("session", [("id", .integer), ("applicationId", .integer), ("guide", .text), ("guideHash", .text),
                                  ("stageKind", .text), ("assessor", .text), ("groupRun", .text), ("plannedMinutes", .integer),
                                  ("activeSeconds", .real), ("status", .text), ("cursor", .text), ("startedAt", .text),
                                  ("updatedAt", .text), ("submittedAt", .text), ("navigation", .text)]),
        CampaignTable("rating", key: 2, [("sessionId", .integer), ("step", .text), ("score", .integer), ("note", .text),
                                         ("answeredAt", .text)]),
        CampaignTable("checklist", key: 2, [("sessionId", .integer), ("item", .text), ("note", .text), ("answeredAt", .text)]),
        CampaignTable("checklist_tick", key: 3, [("sessionId", .integer), ("item", .text), ("behaviour", .text)]),
        CampaignTable("classification", key: 2, [("sessionId", .integer), ("step", .text), ("option", .text), ("note", .text),
                                                 ("answeredAt", .text)]),
        CampaignTable("task_plan", key: 2, [("sessionId", .integer), ("item", .text), ("note", .text), ("answeredAt", .text)]),
        CampaignTable("task_plan_entry", key: 3, [("sessionId", .integer), ("item", .text), ("position", .integer),
                                                  ("task", .text), ("kept", .integer), ("minutes", .integer)]),
        CampaignTable("red_flag", key: 2, [("sessionId", .integer), ("flag", .text), ("note", .text)]),
        CampaignTable("disc_answer", key: 2, [("candidateId", .integer), ("groupIndex", .integer), ("most", .text),
                                              ("least", .text)]),
        CampaignTable("disc_result", [("candidateId", .integer), ("d", .integer), ("i", .integer), ("s", .integer),
                                      ("c", .integer), ("groupCount", .integer), ("mostD", .integer), ("mostI", .integer),
                                      ("mostS", .integer), ("mostC", .integer), ("leastD", .integer), ("leastI", .integer),
                                      ("leastS", .integer), ("leastC", .integer), ("source", .text), ("takenAt", .text)]),
        CampaignTable("consensus", [("id", .integer), ("applicationId", .integer), ("guide", .text), ("competency", .text),
                                    ("value", .real), ("rationale", .text), ("recordedBy", .text), ("recordedAt", .text)]),
        CampaignTable("decision", [("id", .integer), ("applicationId", .integer), ("decision", .text), ("reason", .text),
                                   ("decidedBy", .text), ("decidedAt", .text)]),
        CampaignTable("account", [("login", .text), ("displayName", .text), ("role", .text), ("passwordHash", .text),
                                  ("disabled", .integer), ("createdAt", .text), ("passwordChangedAt", .text)]),
        CampaignTable("api_token", [("hash", .text), ("login", .text), ("createdAt", .text)]),
        CampaignTable("conflict_of_interest", key: 2, [("candidateId", .integer), ("login", .text), ("reason", .text),
                                                       ("declaredAt", .text)]),
        CampaignTable("group_sitting", [("id", .text), ("guide", .text), ("profile", .text), ("openedBy", .text), ("openedAt", .text),
                                        ("timerStartedAt", .text), ("minutes", .integer)]),
        CampaignTable("campaign_option", [("name", .text), ("value", .text)]),
        CampaignTable("audit", [("id", .integer), ("at", .text), ("actor", .text), ("action", .text), ("subject", .text),
                                ("detail", .text)]),
    ]

    /// The tables whose integer `id` the database generates.
    public static let generatedIDs = ["candidate", "application", "session", "consensus", "decision", "audit"]

    /// Not a table but the engines' id counters, copied and checked like one: for each table of
    /// ``generatedIDs`` (`name`) the highest id it ever issued (`seq`, 0 for none): SQLite's
    /// `sqlite_sequence`, PostgreSQL's identity sequences. Copied so that an id freed by an erasure
    /// is never issued again to someone else (the audit names records by id). Last in a dump.
    public static let idCounters = CampaignTable("id_counter", [("name", .text), ("seq", .integer)])
}
