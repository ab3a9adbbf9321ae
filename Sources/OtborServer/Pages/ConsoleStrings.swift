import OtborCore

/// The console's wording in one language: its fixed phrases (``ConsolePhrase``) and the words
/// for roles; decisions are worded as the reports word them.
public struct ConsoleStrings: Sendable {
    public let language: ContentLanguage

    public init(_ language: ContentLanguage) {
        self.language = language
    }

    public subscript(_ phrase: ConsolePhrase) -> String {
        language == .en ? phrase.english : phrase.russian
    }

    public func role(_ role: Role) -> String {
        switch role {
        case .admin: self[.roleAdmin]
        case .hr: self[.roleHR]
        case .assessor: self[.roleAssessor]
        case .observer: self[.roleObserver]
        }
    }
}
