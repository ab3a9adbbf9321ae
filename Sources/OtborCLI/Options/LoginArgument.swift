import ArgumentParser
import OtborCore

/// The `LOGIN` argument of `otbor users disable | password | token`, checked by the login rule.
struct LoginArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The login of the account.", valueName: "login"))
    var text: String

    func validate() throws {
        _ = try LoginName.parse(text)
    }

    /// The login, lower-cased.
    func login() throws -> LoginName {
        try LoginName.parse(text)
    }
}
