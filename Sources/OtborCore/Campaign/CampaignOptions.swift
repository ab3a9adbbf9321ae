/// How the campaign is run, as HR set it (`otbor campaign`); kept in the database, so every server
/// and command of the campaign follows it.
public struct CampaignOptions: Sendable, Hashable, Codable {
    /// Blind ranking: assessors see candidates under codes (``BlindCode``) instead of names, so
    /// that a name, and what it suggests, cannot colour a rating. Those who decide (hr, admin) see
    /// names, and so do those who only read the reports (observers), which keep the names.
    public var blindRanking: Bool

    public init(blindRanking: Bool = false) {
        self.blindRanking = blindRanking
    }

    /// Whether `account` sees candidates' names: always unless the ranking is blind, then everyone
    /// but those who rate without deciding (the assessors): a reader of the reports, who rates
    /// nobody and reads names there, is shown them in the console too.
    public func showsNames(to account: Account) -> Bool {
        !blindRanking || account.may(.recordDecisions) || !account.may(.conductInterviews)
    }

    /// What `account` is shown for `candidate`: the name, or its code when the ranking is blind to them.
    public func label(_ candidate: Candidate, for account: Account) -> String {
        showsNames(to: account) ? candidate.name : BlindCode.of(candidate.id)
    }
}

/// A candidate's code under blind ranking: `К-` and the candidate's id, two digits at least
/// (`К-01`, `К-12`, `К-128`). The id is the campaign's own number, which says nothing about the person.
public enum BlindCode {
    public static func of(_ candidate: CandidateID) -> String {
        let digits = String(candidate.rawValue)
        return "К-" + (digits.count < 2 ? "0" + digits : digits)
    }
}
