/// Items of a guide offered as alternatives: a session runs ``run`` of them, the rest are
/// alternates the assessor may swap in. The items listed first are the default choice.
///
/// An unanswered alternate is not missing: once ``run`` items of the group have an answer, the
/// others are closed (``InterviewGuide/requiredSteps(answered:)``).
public struct AlternativeGroup: Sendable, Hashable, Codable {
    /// Ids of the group's items, the default choice first.
    public var items: [String]
    /// How many of the items a session runs (1…`items.count`).
    public var run: Int
    /// What the assessor reads about choosing among them.
    public var note: LocalizedText?

    public init(items: [String], run: Int, note: LocalizedText? = nil) {
        self.items = items
        self.run = run
        self.note = note
    }
}
