extension StoragePhrase {
    /// The phrase in English.
    var english: String {
        switch self {
        case .waitingForLock:
            "waiting for another otbor process that is writing to {path}… (up to {limit} s; --wait SECONDS or OTBOR_WAIT changes it)"
        case .databaseBusy:
            "the database {path} is locked by another process that is writing to it; gave up after {seconds} s. Try again once it has finished, wait longer with --wait SECONDS (or OTBOR_WAIT), or find the process holding it with `fuser {path}`"
        case .diskFull:
            "cannot write {path}: the disk is full. Free some space on it and try again"
        case .storeRefused:
            "{detail}"
        case .badWait:
            "{source} must be a number of seconds from 0 to 86400, such as 5 or 0.5, not '{value}'"
        case .staleRemoved:
            "removed {path}: an unfinished file an interrupted otbor run left behind"
        case .obsoleteReportRemoved:
            "removed {path}: that candidate is no longer in the database"
        case .reportsStillName:
            "{files} in {folder} still name the erased candidate; remove them with --remove-reports (`otbor report all` then writes the comparisons and the index again without them):"
        case .reportRemoved:
            "removed {path}"
        case .erasurePending:
            "the erased text is still on disk in {path} or its WAL: readers that began before the erasure (an export into a pager, a report being written) still hold those pages. Other writers are not held up. It is overwritten once they finish, by the next change to the database, or now with `otbor candidates erase --finish`"
        case .erasurePendingReaders:
            "the erased text is still on disk in {path} or its WAL: processes {pids} began reading before the erasure and still hold those pages (`ps -p {pids}` names them). Other writers are not held up. It is overwritten once they finish, by the next change to the database, or now with `otbor candidates erase --finish`"
        case .erasureScrubbed:
            "nothing erased is left in {path} or its WAL"
        case .databaseURLPassword:
            "the database URL must not contain the password: it would show in the process list and the shell's history. Put it in PGPASSWORD or in ~/.pgpass (a line host:port:database:user:password, mode 0600)"
        case .databaseURLMalformed:
            "'{value}' is not a database: give a file path or a URL such as postgres://user@host:5432/database"
        case .databaseURLPort:
            "the port '{value}' of the database URL is not a number from 1 to 65535"
        case .databaseURLSSLMode:
            "sslmode '{value}' is not one of {accepted}"
        case .databaseURLParameter:
            "the database URL parameter '{value}' is not known; those accepted are sslmode and sslrootcert"
        case .databaseURLRootCertificate:
            "the trusted root certificate '{value}' (sslrootcert, or PGSSLROOTCERT) cannot be read; give the PEM file of the authority that signed the server's certificate"
        case .erasureWaiting:
            "waiting for the readers of {path} to finish… (up to {limit} s; --wait SECONDS or OTBOR_WAIT changes it)"
        case .migrationApplied:
            "applied migration {name}"
        case .migrationsApplied:
            "{path} is up to date: {count} migrations, {applied} of them applied now"
        case .migrationsCurrent:
            "{path} is up to date: {count} migrations"
        case .migrationPending:
            "pending migration {name}"
        case .migrationsPending:
            "{path}: {pending} of {count} migrations pending; nothing was changed (dry run). `otbor db migrate` without --dry-run applies them"
        case .copyProgress:
            "{table}: {rows} rows copied"
        case .copyChecked:
            "copied {from} to {to} in one transaction and checked it: every table has the same rows and content hash"
        case .copyTableOK:
            "ok"
        case .copyTableDiffers:
            "DIFFERS"
        case .copyNotEmpty:
            "{path} is not empty: it holds {rows}. `otbor db copy` copies only into an empty database (a new file, or a new PostgreSQL database made with `createdb`); nothing was copied"
        case .copyMismatch:
            "the copy read back from {to} differs from {from} in {tables}; it was rolled back and {to} is as it was"
        case .copySameDatabase:
            "--from and --to name the same database {path}; give another destination"
        }
    }
}
