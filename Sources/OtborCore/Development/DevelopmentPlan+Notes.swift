/// The assessors' evidence notes behind each gap of a development plan: what the panel wrote where
/// it observed the competency, so whoever runs the plan reads the behaviour and not only a score.
extension DevelopmentPlan {
    /// An assessor's evidence note on one step of a stage.
    public struct AssessorNote: Sendable, Hashable, Codable {
        /// The stage's guide id.
        public var stage: String
        public var assessor: String
        /// The step key (`item`, `item/criterion`, `item#checklist` …).
        public var step: String
        public var text: String

        public init(stage: String, assessor: String, step: String, text: String) {
            self.stage = stage
            self.assessor = assessor
            self.step = step
            self.text = text
        }
    }

    /// Gives each item the notes written on steps that rate its competency, in the order given;
    /// blank notes and notes on guides not in `guides` are left out.
    public mutating func attach(_ notes: [AssessorNote], guides: [InterviewGuide]) {
        let byID = Dictionary(guides.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rated = notes.map { note -> [String] in
            guard !note.text.allSatisfy(\.isWhitespace), let guide = byID[note.stage] else { return [] }
            return guide.competencies(ofStep: note.step)
        }
        for index in items.indices {
            let competency = items[index].competency
            items[index].notes = notes.indices.filter { rated[$0].contains(competency) }.map { notes[$0] }
        }
    }
}
