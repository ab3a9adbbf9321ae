import ArgumentParser
import OtborCore

/// A login on the command line, checked by the one rule in Core (``LoginName/problem(_:)``).
extension LoginName {
    /// The login `text`, or a usage error saying what is wrong with it.
    static func parse(_ text: String) throws -> LoginName {
        guard let login = LoginName(text) else {
            let wording = ErrorWording(.commandLine)
            throw ValidationError(LoginName.problem(text).map(wording.message) ?? LoginName.Problem.characters(text).description)
        }
        return login
    }
}
