/// One entry of a profile's hiring process: the guide it runs and its weight.
///
/// Consecutive entries with the same ``visit`` are one stage for the candidate (one visit or call:
/// the half-day assessment centre, an interview with HR and the manager together); each keeps its
/// own guide and weight for scoring. An ``isOptional`` entry may be left out for a candidate.
public struct ProcessStage: Sendable, Hashable, Codable {
    /// Id of the interview guide the stage runs.
    public var guide: String
    /// Weight of the stage when competency scores are integrated across stages.
    public var weight: Double
    public var note: LocalizedText?
    /// The visit the entry belongs to; `nil` when it is a visit of its own.
    public var visit: String?
    /// Stored only when `true`, so the snapshot of a profile without optional stages is unchanged.
    private var optional: Bool?

    /// `true` when the stage may be left out: not counted toward the limits of stages and hours,
    /// and a candidate without it is not incomplete.
    public var isOptional: Bool {
        get { optional ?? false }
        set { optional = newValue ? true : nil }
    }

    public init(guide: String, weight: Double, note: LocalizedText? = nil, visit: String? = nil, isOptional: Bool = false) {
        self.guide = guide
        self.weight = weight
        self.note = note
        self.visit = visit
        self.optional = isOptional ? true : nil
    }
}
