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

    /// `phrase` with each `{name}` replaced by `values[name]`, in one pass: a value that itself
    /// holds braces (text a person typed) is left as it is.
    public func callAsFunction(_ phrase: ConsolePhrase, _ values: [String: String]) -> String {
        var result = "", rest = self[phrase][...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }

    /// Where a session stands, in a few words.
    public func status(_ status: InterviewSession.Status) -> String {
        switch status {
        case .submitted: self[.statusSubmitted]
        case .paused: self[.statusPaused]
        case .open: self[.statusOpen]
        }
    }

    public func role(_ role: Role) -> String {
        switch role {
        case .admin: self[.roleAdmin]
        case .hr: self[.roleHR]
        case .assessor: self[.roleAssessor]
        case .observer: self[.roleObserver]
        }
    }

    public func conflictReason(_ reason: ConflictOfInterest.Reason) -> String {
        switch reason {
        case .knows: self[.conflictReasonKnows]
        case .formerColleague: self[.conflictReasonFormerColleague]
        case .relative: self[.conflictReasonRelative]
        case .other: self[.conflictReasonOther]
        }
    }
}
