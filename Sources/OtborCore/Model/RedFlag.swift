/// A behaviour a guide tells assessors to record as a warning sign.
public struct RedFlag: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var text: LocalizedText
    public var provenance: Provenance

    public init(id: String, text: LocalizedText, provenance: Provenance = .unknown) {
        self.id = id
        self.text = text
        self.provenance = provenance
    }
}
