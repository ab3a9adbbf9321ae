import GRDB

/// The database schema as named, append-only migrations: never edit a registered migration, add a new one.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-campaign", migrate: createCampaignTables)
        migrator.registerMigration("v2-navigation", migrate: addSessionNavigation)
        migrator.registerMigration("v3-accounts", migrate: addAccounts)
        migrator.registerMigration("v4-erasure-scrub", migrate: addErasureScrub)
        migrator.registerMigration("v5-live-assessment-centre", migrate: addLiveAssessmentCentre)
        return migrator
    }

    private static func createCampaignTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE candidate (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL,
                email TEXT,
                phone TEXT,
                source TEXT,
                consentDate TEXT NOT NULL,
                consentWithdrawn TEXT,
                fairnessGroup TEXT,
                retentionDeadline TEXT,
                notes TEXT,
                createdAt TEXT NOT NULL
            );
            CREATE TABLE content_snapshot (
                hash TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('profile', 'guide')),
                contentId TEXT NOT NULL,
                json BLOB NOT NULL
            );
            CREATE TABLE application (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                candidateId INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
                profile TEXT NOT NULL,
                profileHash TEXT NOT NULL REFERENCES content_snapshot(hash),
                createdAt TEXT NOT NULL,
                UNIQUE (candidateId, profile)
            );
            CREATE TABLE session (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                applicationId INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
                guide TEXT NOT NULL,
                guideHash TEXT NOT NULL REFERENCES content_snapshot(hash),
                stageKind TEXT NOT NULL,
                assessor TEXT NOT NULL,
                groupRun TEXT,
                plannedMinutes INTEGER NOT NULL,
                activeSeconds REAL NOT NULL DEFAULT 0,
                status TEXT NOT NULL CHECK (status IN ('open', 'paused', 'submitted')),
                cursor TEXT,
                startedAt TEXT NOT NULL,
                updatedAt TEXT NOT NULL,
                submittedAt TEXT
            );
            CREATE INDEX session_application ON session(applicationId);
            CREATE UNIQUE INDEX session_one_per_assessor ON session(applicationId, guide, assessor);
            CREATE TABLE rating (
                sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                step TEXT NOT NULL,
                score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
                note TEXT NOT NULL DEFAULT '',
                answeredAt TEXT NOT NULL,
                PRIMARY KEY (sessionId, step)
            );
            CREATE TABLE checklist (
                sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                item TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                answeredAt TEXT NOT NULL,
                PRIMARY KEY (sessionId, item)
            );
            CREATE TABLE checklist_tick (
                sessionId INTEGER NOT NULL,
                item TEXT NOT NULL,
                behaviour TEXT NOT NULL,
                PRIMARY KEY (sessionId, item, behaviour),
                FOREIGN KEY (sessionId, item) REFERENCES checklist(sessionId, item) ON DELETE CASCADE
            );
            CREATE TABLE classification (
                sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                step TEXT NOT NULL,
                option TEXT,
                note TEXT NOT NULL DEFAULT '',
                answeredAt TEXT NOT NULL,
                PRIMARY KEY (sessionId, step)
            );
            CREATE TABLE task_plan (
                sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                item TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                answeredAt TEXT NOT NULL,
                PRIMARY KEY (sessionId, item)
            );
            CREATE TABLE task_plan_entry (
                sessionId INTEGER NOT NULL,
                item TEXT NOT NULL,
                position INTEGER NOT NULL,
                task TEXT NOT NULL,
                kept INTEGER NOT NULL,
                minutes INTEGER NOT NULL,
                PRIMARY KEY (sessionId, item, position),
                FOREIGN KEY (sessionId, item) REFERENCES task_plan(sessionId, item) ON DELETE CASCADE
            );
            CREATE TABLE red_flag (
                sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                flag TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (sessionId, flag)
            );
            CREATE TABLE disc_answer (
                candidateId INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
                groupIndex INTEGER NOT NULL,
                most TEXT NOT NULL,
                least TEXT NOT NULL,
                PRIMARY KEY (candidateId, groupIndex)
            );
            CREATE TABLE disc_result (
                candidateId INTEGER PRIMARY KEY REFERENCES candidate(id) ON DELETE CASCADE,
                d INTEGER NOT NULL, i INTEGER NOT NULL, s INTEGER NOT NULL, c INTEGER NOT NULL,
                groupCount INTEGER NOT NULL,
                mostD INTEGER, mostI INTEGER, mostS INTEGER, mostC INTEGER,
                leastD INTEGER, leastI INTEGER, leastS INTEGER, leastC INTEGER,
                source TEXT NOT NULL CHECK (source IN ('inventory', 'import')),
                takenAt TEXT NOT NULL
            );
            CREATE TABLE consensus (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                applicationId INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
                guide TEXT NOT NULL,
                competency TEXT NOT NULL,
                value REAL NOT NULL CHECK (value BETWEEN 1 AND 5),
                rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
                recordedBy TEXT NOT NULL,
                recordedAt TEXT NOT NULL
            );
            CREATE TABLE decision (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                applicationId INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
                decision TEXT NOT NULL CHECK (decision IN ('advance', 'hold', 'reject', 'hire')),
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                decidedBy TEXT NOT NULL,
                decidedAt TEXT NOT NULL
            );
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT ''
            );
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """)
        // A submitted session is locked: its answers change only through consensus.
        for table in ["rating", "checklist", "checklist_tick", "classification", "task_plan", "task_plan_entry", "red_flag"] {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                let row = event == "DELETE" ? "OLD" : "NEW"
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_locked_\(event.lowercased()) BEFORE \(event) ON \(table)
                    WHEN (SELECT status FROM session WHERE id = \(row).sessionId) = 'submitted'
                    BEGIN SELECT RAISE(ABORT, 'session is submitted and locked'); END;
                    """)
            }
        }
    }

    /// Where a sitting stands (`session.navigation`, JSON of ``SittingNavigation``), saved with each
    /// answer, skip and back. Like the answers, it is locked once the session is submitted: submitting
    /// itself and rewrites of the same value (a whole-row update) stay allowed.
    private static func addSessionNavigation(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE session ADD COLUMN navigation TEXT;
            CREATE TRIGGER session_navigation_locked BEFORE UPDATE OF navigation ON session
            WHEN OLD.status = 'submitted' AND NEW.navigation IS NOT OLD.navigation
            BEGIN SELECT RAISE(ABORT, 'session is submitted and locked'); END;
            """)
    }

    /// Accounts of the web console (a bcrypt hash per password, never the password), API tokens
    /// (only their SHA-256) and console sessions (keyed by the SHA-256 of the cookie's id).
    private static func addAccounts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE account (
                login TEXT PRIMARY KEY CHECK (length(login) BETWEEN 2 AND 64 AND login = lower(login)),
                displayName TEXT NOT NULL CHECK (length(trim(displayName)) > 0),
                role TEXT NOT NULL CHECK (role IN ('admin', 'hr', 'assessor', 'observer')),
                passwordHash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                createdAt TEXT NOT NULL,
                passwordChangedAt TEXT NOT NULL
            );
            CREATE TABLE api_token (
                hash TEXT PRIMARY KEY,
                login TEXT NOT NULL REFERENCES account(login),
                createdAt TEXT NOT NULL
            );
            CREATE INDEX api_token_login ON api_token(login);
            CREATE TABLE web_session (
                key TEXT PRIMARY KEY,
                data BLOB NOT NULL,
                expiresAt TEXT
            );
            """)
    }

    /// One row while an erasure's text may still be in the file or the WAL: readers that began
    /// before it kept the scrub from completing (`SQLiteStore+Erasure.swift`).
    private static func addErasureScrub(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE erasure_scrub (id INTEGER PRIMARY KEY CHECK (id = 1), since TEXT NOT NULL)")
    }

    private static func addLiveAssessmentCentre(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE conflict_of_interest (
                candidateId INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
                login TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason IN ('knows', 'former-colleague', 'relative', 'other')),
                declaredAt TEXT NOT NULL,
                PRIMARY KEY (candidateId, login)
            ) WITHOUT ROWID;
            CREATE TABLE group_sitting (
                id TEXT PRIMARY KEY,
                guide TEXT NOT NULL,
                profile TEXT NOT NULL,
                openedBy TEXT NOT NULL,
                openedAt TEXT NOT NULL,
                timerStartedAt TEXT,
                minutes INTEGER NOT NULL CHECK (minutes >= 0)
            ) WITHOUT ROWID;
            CREATE TABLE campaign_option (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID
            """)
    }
}
