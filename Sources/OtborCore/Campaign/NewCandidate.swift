/// A candidate about to be added: what a person types, before the store gives an id and a time.
public struct NewCandidate: Sendable, Hashable {
    public var name: String
    public var email: String?
    public var phone: String?
    public var source: String?
    public var consentDate: CalendarDate
    public var fairnessGroup: String?
    public var notes: String?

    public init(
        name: String, email: String? = nil, phone: String? = nil, source: String? = nil,
        consentDate: CalendarDate, fairnessGroup: String? = nil, notes: String? = nil
    ) {
        self.name = name
        self.email = email
        self.phone = phone
        self.source = source
        self.consentDate = consentDate
        self.fairnessGroup = fairnessGroup
        self.notes = notes
    }

    /// Why the candidate cannot be added, or `nil`: a name is required.
    public var problem: String? {
        name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "a candidate needs a name" : nil
    }
}
