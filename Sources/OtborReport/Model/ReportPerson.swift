import OtborCore

/// The candidate as a report names them. Every string here came from a person and is escaped.
public struct ReportPerson: Sendable, Hashable {
    public var id: String
    public var name: String
    public var source: String?
    public var consentDate: CalendarDate?

    public init(id: String, name: String, source: String? = nil, consentDate: CalendarDate? = nil) {
        self.id = id
        self.name = name
        self.source = source
        self.consentDate = consentDate
    }
}
