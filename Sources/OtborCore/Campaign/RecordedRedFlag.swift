/// A red flag an assessor recorded in a session, with their note.
public struct RecordedRedFlag: Sendable, Hashable, Codable {
    /// The id of one of the guide's red flags.
    public var flag: String
    public var note: String

    public init(flag: String, note: String = "") {
        self.flag = flag
        self.note = note
    }
}
