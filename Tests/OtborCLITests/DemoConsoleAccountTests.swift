import Foundation
import HummingbirdBcrypt
@testable import OtborCLI
import OtborCore
import OtborStoreSQLite
import OtborTestSupport
import Testing

/// `otbor demo` leaves a database the web console can be opened on at once: an HR account with the
/// password it prints, and the command that starts the console.
struct DemoConsoleAccountTests {
    @Test("the demo adds the HR account 'demo' with the printed password and prints the serve command")
    func account() throws {
        let folder = try TemporaryFolder("otbor-demo-console")
        let output = try OtborProcess.run(["demo", "--out", folder.url.path, "--lang", "en", "--workspace", OtborProcess.repository.path])
        #expect(output.status == 0, "\(output.stderr)")
        let database = folder.file("demo.sqlite").path
        #expect(output.stdout.contains(
            "Console: swift run otbor serve --database \(database)  (sign in as demo, password otbor-demo-2026)"),
            "\(output.stdout.suffix(400))")
        let store = try SQLiteStore(path: database)
        let stored = try #require(try store.credentials(login: LoginName(DemoCampaign.consoleLogin)!))
        #expect(stored.account.role == .hr && !stored.account.disabled && stored.account.displayName == DemoCampaign.recorder)
        #expect(Bcrypt.verify("otbor-demo-2026", hash: stored.passwordHash))
        #expect(!Bcrypt.verify("otbor-demo-2027", hash: stored.passwordHash))
    }
}
