import OtborCore

/// Core's account rules (a login, a password, a new account) in the terminal's language.
extension ErrorWording {
    func message(_ problem: LoginName.Problem) -> String {
        switch problem {
        case .length(let login, let count):
            let lengths = ["minimum": String(LoginName.lengths.lowerBound), "maximum": String(LoginName.lengths.upperBound)]
            return words(.loginLength, lengths.merging(["login": login, "count": String(count)]) { $1 })
        case .characters(let login):
            return words(.loginCharacters, ["login": login])
        case .firstCharacter(let login):
            return words(.loginFirstCharacter, ["login": login])
        }
    }

    func message(_ problem: PasswordRule.Problem) -> String {
        switch problem {
        case .empty:
            words(.passwordEmpty)
        case .tooShort(let characters):
            words(.passwordTooShort, ["count": String(characters), "minimum": String(PasswordRule.minimumCharacters)])
        case .tooLong:
            words(.passwordTooLong, ["maximum": String(PasswordRule.maximumBytes)])
        }
    }

    func message(_ problem: NewAccount.Problem) -> String {
        switch problem {
        case .noDisplayName: words(.accountNoName)
        case .displayNameNotOneLine: words(.accountNameNotOneLine)
        }
    }
}
