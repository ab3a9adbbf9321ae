/// The letters Otbor writes to a candidate, each from a template of `Letters/letters.yaml`.
public enum LetterKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An invitation to the next visit (a call, an interview, the half-day assessment centre).
    case invitation
    /// A rejection after the interviews, with feedback: strengths and areas to develop.
    case rejection
    /// A rejection before the interviews: a screening condition was not met.
    case screeningRejection = "screening-rejection"
    /// The cover letter sent with a job offer.
    case offer

    /// The placeholders a template of this kind may use.
    public var placeholders: [LetterPlaceholder] {
        let common: [LetterPlaceholder] = [.candidate, .position]
        switch self {
        case .invitation: return common + [.visit, .when, .stages, .duration, .bring]
        case .rejection: return common + [.strengths, .development]
        case .screeningRejection: return common + [.conditions]
        case .offer: return common + [.strengths]
        }
    }
}
