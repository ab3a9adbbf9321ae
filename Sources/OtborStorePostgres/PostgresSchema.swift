import Foundation
import Logging
import OtborCore
import OtborStore
import PostgresNIO

/// The schema as named, append-only migrations written for PostgreSQL, mirroring the SQLite
/// engine's (`StoreSchema`) table for table and column for column: never edit a registered
/// migration, add a new one. Applied ones are recorded in `otbor_migrations`.
enum PostgresSchema {
    /// Every migration in order: its name and its statements (one per query).
    static let migrations: [(name: String, statements: [String])] = [
        ("v1-campaign", campaignTables + lockTriggers + auditTriggers),
        ("v2-navigation", navigation),
        ("v3-accounts", accounts),
        ("v4-erasure-scrub", ["CREATE TABLE erasure_scrub (id BIGINT PRIMARY KEY CHECK (id = 1), since TEXT NOT NULL)"]),
        ("v5-live-assessment-centre", ["""
            CREATE TABLE conflict_of_interest (
                candidateId BIGINT NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
                login TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason IN ('knows', 'former-colleague', 'relative', 'other')),
                declaredAt TEXT NOT NULL,
                PRIMARY KEY (candidateId, login))
            """, """
            CREATE TABLE group_sitting (
                id TEXT PRIMARY KEY,
                guide TEXT NOT NULL,
                profile TEXT NOT NULL,
                openedBy TEXT NOT NULL,
                openedAt TEXT NOT NULL,
                timerStartedAt TEXT,
                minutes BIGINT NOT NULL CHECK (minutes >= 0))
            """, """
            CREATE TABLE campaign_option (name TEXT PRIMARY KEY, value TEXT NOT NULL)
            """]),
    ]

    /// The tables answers live in, each locked once its session is submitted.
    static let answerTables = ["rating", "checklist", "checklist_tick", "classification", "task_plan", "task_plan_entry", "red_flag"]

    /// Applies the pending migrations in one transaction, under an advisory lock so that servers
    /// starting together migrate once; returns the names applied (with `dryRun`, the names pending,
    /// changing nothing). A database that holds another program's tables is refused, untouched.
    @discardableResult
    static func migrate(
        _ configuration: PostgresConnection.Configuration, logger: Logger, location: String, dryRun: Bool = false
    ) async throws -> [String] {
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            do {
                try await connection.run("BEGIN", logger)
                let applied = try await migrate(connection, logger: logger, location: location, dryRun: dryRun)
                try await connection.run(dryRun ? "ROLLBACK" : "COMMIT", logger)
                try? await connection.close()
                return applied
            } catch {
                try? await connection.close()
                throw error
            }
        } catch {
            throw PostgresFailure.opening(error, location: location)
        }
    }

    private static func migrate(
        _ connection: PostgresConnection, logger: Logger, location: String, dryRun: Bool
    ) async throws -> [String] {
        try await connection.run("SELECT pg_advisory_xact_lock(7302014881)", logger)
        let tables = try await connection.all("""
            SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name
            """, logger).map { try $0.decode(String.self) }
        if !tables.isEmpty, !tables.contains("otbor_migrations") {
            let list = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
            throw StoreError.notADatabase(path: location, reason: "it is another program's database, with tables \(list)")
        }
        if dryRun {
            let done = tables.isEmpty ? [] : Set(try await connection.all("SELECT identifier FROM otbor_migrations", logger)
                .map { try $0.decode(String.self) })
            return migrations.map(\.name).filter { !done.contains($0) }
        }
        try await connection.run("""
            CREATE TABLE IF NOT EXISTS otbor_migrations (identifier TEXT PRIMARY KEY, appliedAt TEXT NOT NULL)
            """, logger)
        let done = Set(try await connection.all("SELECT identifier FROM otbor_migrations", logger).map { try $0.decode(String.self) })
        var applied: [String] = []
        for migration in migrations where !done.contains(migration.name) {
            for statement in migration.statements {
                try await connection.run(PostgresQuery(unsafeSQL: statement), logger)
            }
            let time = StoreTime.format(Date())
            try await connection.run("INSERT INTO otbor_migrations (identifier, appliedAt) VALUES (\(migration.name), \(time))", logger)
            applied.append(migration.name)
        }
        return applied
    }

    private static let campaignTables = [
        """
        CREATE TABLE candidate (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name TEXT NOT NULL, email TEXT, phone TEXT, source TEXT,
            consentDate TEXT NOT NULL, consentWithdrawn TEXT, fairnessGroup TEXT, retentionDeadline TEXT, notes TEXT,
            createdAt TEXT NOT NULL)
        """,
        """
        CREATE TABLE content_snapshot (
            hash TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('profile', 'guide')), contentId TEXT NOT NULL,
            json BYTEA NOT NULL)
        """,
        """
        CREATE TABLE application (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            candidateId BIGINT NOT NULL REFERENCES candidate(id) ON DELETE CASCADE, profile TEXT NOT NULL,
            profileHash TEXT NOT NULL REFERENCES content_snapshot(hash), createdAt TEXT NOT NULL, UNIQUE (candidateId, profile))
        """,
        """
        CREATE TABLE session (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            applicationId BIGINT NOT NULL REFERENCES application(id) ON DELETE CASCADE, guide TEXT NOT NULL,
            guideHash TEXT NOT NULL REFERENCES content_snapshot(hash), stageKind TEXT NOT NULL, assessor TEXT NOT NULL,
            groupRun TEXT, plannedMinutes BIGINT NOT NULL, activeSeconds DOUBLE PRECISION NOT NULL DEFAULT 0,
            status TEXT NOT NULL CHECK (status IN ('open', 'paused', 'submitted')), cursor TEXT, startedAt TEXT NOT NULL,
            updatedAt TEXT NOT NULL, submittedAt TEXT)
        """,
        "CREATE INDEX session_application ON session(applicationId)",
        "CREATE UNIQUE INDEX session_one_per_assessor ON session(applicationId, guide, assessor)",
        """
        CREATE TABLE rating (
            sessionId BIGINT NOT NULL REFERENCES session(id) ON DELETE CASCADE, step TEXT NOT NULL,
            score BIGINT CHECK (score IS NULL OR score BETWEEN 1 AND 5), note TEXT NOT NULL DEFAULT '',
            answeredAt TEXT NOT NULL, PRIMARY KEY (sessionId, step))
        """,
        """
        CREATE TABLE checklist (
            sessionId BIGINT NOT NULL REFERENCES session(id) ON DELETE CASCADE, item TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '', answeredAt TEXT NOT NULL, PRIMARY KEY (sessionId, item))
        """,
        """
        CREATE TABLE checklist_tick (
            sessionId BIGINT NOT NULL, item TEXT NOT NULL, behaviour TEXT NOT NULL, PRIMARY KEY (sessionId, item, behaviour),
            FOREIGN KEY (sessionId, item) REFERENCES checklist(sessionId, item) ON DELETE CASCADE)
        """,
        """
        CREATE TABLE classification (
            sessionId BIGINT NOT NULL REFERENCES session(id) ON DELETE CASCADE, step TEXT NOT NULL, option TEXT,
            note TEXT NOT NULL DEFAULT '', answeredAt TEXT NOT NULL, PRIMARY KEY (sessionId, step))
        """,
        """
        CREATE TABLE task_plan (
            sessionId BIGINT NOT NULL REFERENCES session(id) ON DELETE CASCADE, item TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '', answeredAt TEXT NOT NULL, PRIMARY KEY (sessionId, item))
        """,
        """
        CREATE TABLE task_plan_entry (
            sessionId BIGINT NOT NULL, item TEXT NOT NULL, position BIGINT NOT NULL, task TEXT NOT NULL, kept BIGINT NOT NULL,
            minutes BIGINT NOT NULL, PRIMARY KEY (sessionId, item, position),
            FOREIGN KEY (sessionId, item) REFERENCES task_plan(sessionId, item) ON DELETE CASCADE)
        """,
        """
        CREATE TABLE red_flag (
            sessionId BIGINT NOT NULL REFERENCES session(id) ON DELETE CASCADE, flag TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '', PRIMARY KEY (sessionId, flag))
        """,
        """
        CREATE TABLE disc_answer (
            candidateId BIGINT NOT NULL REFERENCES candidate(id) ON DELETE CASCADE, groupIndex BIGINT NOT NULL,
            most TEXT NOT NULL, least TEXT NOT NULL, PRIMARY KEY (candidateId, groupIndex))
        """,
        """
        CREATE TABLE disc_result (
            candidateId BIGINT PRIMARY KEY REFERENCES candidate(id) ON DELETE CASCADE,
            d BIGINT NOT NULL, i BIGINT NOT NULL, s BIGINT NOT NULL, c BIGINT NOT NULL, groupCount BIGINT NOT NULL,
            mostD BIGINT, mostI BIGINT, mostS BIGINT, mostC BIGINT, leastD BIGINT, leastI BIGINT, leastS BIGINT, leastC BIGINT,
            source TEXT NOT NULL CHECK (source IN ('inventory', 'import')), takenAt TEXT NOT NULL)
        """,
        """
        CREATE TABLE consensus (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            applicationId BIGINT NOT NULL REFERENCES application(id) ON DELETE CASCADE, guide TEXT NOT NULL,
            competency TEXT NOT NULL, value DOUBLE PRECISION NOT NULL CHECK (value BETWEEN 1 AND 5),
            rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0), recordedBy TEXT NOT NULL, recordedAt TEXT NOT NULL)
        """,
        """
        CREATE TABLE decision (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            applicationId BIGINT NOT NULL REFERENCES application(id) ON DELETE CASCADE,
            decision TEXT NOT NULL CHECK (decision IN ('advance', 'hold', 'reject', 'hire')),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), decidedBy TEXT NOT NULL, decidedAt TEXT NOT NULL)
        """,
        """
        CREATE TABLE audit (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            subject TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')
        """,
    ]

    /// A submitted session is locked: its answers change only through consensus. Every insert,
    /// update and delete of an answer row of a submitted session is refused (for an update, the
    /// session before and after). Rows that go with their session when it is deleted (erasure) pass,
    /// since the session is gone by then.
    private static let lockTriggers = [
        """
        CREATE FUNCTION otbor_refuse_locked_answer() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE target BIGINT;
        BEGIN
            FOR target IN SELECT unnest(CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.sessionId] WHEN 'DELETE' THEN ARRAY[OLD.sessionId]
                                                   ELSE ARRAY[OLD.sessionId, NEW.sessionId] END) LOOP
                IF (SELECT status FROM session WHERE id = target) = 'submitted' THEN
                    RAISE EXCEPTION 'session is submitted and locked' USING ERRCODE = 'OTLCK', DETAIL = target::text;
                END IF;
            END LOOP;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$
        """,
    ] + answerTables.map { table in
        """
        CREATE TRIGGER \(table)_locked BEFORE INSERT OR UPDATE OR DELETE ON \(table)
        FOR EACH ROW EXECUTE FUNCTION otbor_refuse_locked_answer()
        """
    }

    /// The audit log is append-only: no update, no delete, no truncate.
    private static let auditTriggers = [
        """
        CREATE FUNCTION otbor_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'OTAPP';
        END $$
        """,
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit FOR EACH ROW EXECUTE FUNCTION otbor_refuse_audit_change()",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit FOR EACH ROW EXECUTE FUNCTION otbor_refuse_audit_change()",
        "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION otbor_refuse_audit_change()",
    ]

    /// Where a sitting stands, locked like the answers once the session is submitted (submitting
    /// itself and rewrites of the same value stay allowed).
    private static let navigation = [
        "ALTER TABLE session ADD COLUMN navigation TEXT",
        """
        CREATE FUNCTION otbor_refuse_locked_navigation() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'session is submitted and locked' USING ERRCODE = 'OTLCK', DETAIL = OLD.id::text;
        END $$
        """,
        """
        CREATE TRIGGER session_navigation_locked BEFORE UPDATE OF navigation ON session FOR EACH ROW
        WHEN (OLD.status = 'submitted' AND NEW.navigation IS DISTINCT FROM OLD.navigation)
        EXECUTE FUNCTION otbor_refuse_locked_navigation()
        """,
    ]

    /// Console accounts, API tokens (SHA-256 only) and console sessions.
    private static let accounts = [
        """
        CREATE TABLE account (
            login TEXT PRIMARY KEY CHECK (length(login) BETWEEN 2 AND 64 AND login = lower(login)),
            displayName TEXT NOT NULL CHECK (length(trim(displayName)) > 0),
            role TEXT NOT NULL CHECK (role IN ('admin', 'hr', 'assessor', 'observer')), passwordHash TEXT NOT NULL,
            disabled BIGINT NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)), createdAt TEXT NOT NULL, passwordChangedAt TEXT NOT NULL)
        """,
        "CREATE TABLE api_token (hash TEXT PRIMARY KEY, login TEXT NOT NULL REFERENCES account(login), createdAt TEXT NOT NULL)",
        "CREATE INDEX api_token_login ON api_token(login)",
        "CREATE TABLE web_session (key TEXT PRIMARY KEY, data BYTEA NOT NULL, expiresAt TEXT)",
    ]
}
