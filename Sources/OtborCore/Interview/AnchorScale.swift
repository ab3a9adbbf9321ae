/// The anchors shown with a rating, in every front end: the item's own anchors, and for levels it
/// does not describe, the levels of its main competency from the library.
public struct AnchorScale: Sendable, Equatable {
    /// One level of the scale.
    public struct Level: Sendable, Equatable {
        public var level: Int
        public var text: String
        /// `true` when the text is the competency's level rather than the item's own anchor.
        public var fromCompetency: Bool

        public init(level: Int, text: String, fromCompetency: Bool) {
            self.level = level
            self.text = text
            self.fromCompetency = fromCompetency
        }
    }

    public var levels: [Level]
    /// The competency whose levels fill the gaps, by name, when any gap was filled.
    public var competencyName: String?

    /// The scale of an item with `anchors`, rating `competencies` (the heaviest one supplies
    /// missing levels when `library` has it).
    public init(anchors: [Anchor], competencies: [CompetencyWeight], library: ContentLibrary?, language: ContentLanguage) {
        let main = competencies.enumerated().max { lhs, rhs in
            lhs.element.weight < rhs.element.weight || (lhs.element.weight == rhs.element.weight && lhs.offset > rhs.offset)
        }?.element
        let competency = main.flatMap { library?.competency($0.competency) }
        var levels: [Level] = []
        var usedCompetency = false
        for level in RatingScale.levels {
            if let own = anchors.first(where: { $0.level == level }) {
                levels.append(Level(level: level, text: own.text.text(in: language), fromCompetency: false))
            } else if let text = competency?.anchor(level) {
                levels.append(Level(level: level, text: text.text(in: language), fromCompetency: true))
                usedCompetency = true
            }
        }
        self.levels = levels
        competencyName = usedCompetency ? competency?.name.text(in: language) : nil
    }

    /// The text of `level`, if the scale describes it.
    public func text(of level: Int) -> String? {
        levels.first { $0.level == level }?.text
    }
}
