import OtborCore

/// The anchors shown with a rating: the item's own anchors, and for levels it does not
/// describe, the levels of its main competency from the library.
struct AnchorScale: Sendable {
    /// One level of the scale.
    struct Level: Sendable, Equatable {
        var level: Int
        var text: String
        /// `true` when the text is the competency's level rather than the item's own anchor.
        var fromCompetency: Bool
    }

    var levels: [Level]
    /// The competency whose levels fill the gaps, by name, when any gap was filled.
    var competencyName: String?

    /// The scale of an item with `anchors`, rating `competencies` (the heaviest one supplies
    /// missing levels when `library` has it).
    init(anchors: [Anchor], competencies: [CompetencyWeight], library: ContentLibrary?, language: ContentLanguage) {
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

    /// The scale as lines for the console: `  3  text`, with a mark on borrowed levels.
    func lines(style: ConsoleStyle, words: ConsoleWording) -> [String] {
        guard !levels.isEmpty else { return [style.dim(words(.noAnchors))] }
        var lines = levels.map { level in
            "  " + style.bold("\(level.level)") + (level.fromCompetency ? " ·" : "  ") + level.text
        }
        if let competencyName {
            lines.append(style.dim(words(.competencyLevel, ["name": competencyName])))
        }
        return lines
    }
}
