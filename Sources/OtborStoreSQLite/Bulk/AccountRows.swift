import GRDB
import OtborCore
import OtborStore

/// The one reader of the `account` table.
enum AccountRows {
    static let columns = """
        account.login, account.displayName, account.role, account.disabled, account.createdAt, account.passwordHash,
        account.passwordChangedAt
        """

    /// Accounts matching `condition` (SQL after WHERE, with `?` arguments), by login.
    static func fetch(_ db: Database, where condition: String = "1", arguments: StatementArguments = []) throws -> [AccountCredentials] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM account WHERE \(condition) ORDER BY account.login", arguments: arguments)
            .map(decode)
    }

    static func one(_ db: Database, login: LoginName) throws -> AccountCredentials? {
        try fetch(db, where: "account.login = ?", arguments: [login.rawValue]).first
    }

    static func decode(_ row: Row) throws -> AccountCredentials {
        let text: String = row[0]
        guard let login = LoginName(text), let role = Role(rawValue: row[2]), let created = StoreTime.parse(row[4]),
              let changed = StoreTime.parse(row[6]) else {
            throw StoreError.invalid("the database is damaged: account '\(text.prefix(64))' has an unreadable login, role or date")
        }
        let account = Account(login: login, displayName: row[1], role: role, disabled: row[3] as Bool, created: created)
        return AccountCredentials(account: account, passwordHash: row[5], passwordChanged: changed)
    }
}
