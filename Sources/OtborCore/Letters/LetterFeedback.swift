/// The feedback a rejection letter gives, from the candidate's scorecard: the strengths
/// (``Scorecard/strengths``, the largest weighted margin first, then competencies at their level
/// by weighted score) and the areas to develop (``Scorecard/gaps``, the order of the development
/// plan), each by competency name, the areas with the library's `development` text. Never a
/// score, a rank, an id or anything about other candidates.
public struct LetterFeedback: Sendable, Hashable, Codable {
    /// One competency in the letter.
    public struct Point: Sendable, Hashable, Codable {
        public var competency: String
        public var name: LocalizedText
        /// What to do to develop it (areas only; `nil` for strengths or when the library has none).
        public var development: LocalizedText?
    }

    /// The most strengths a letter names.
    public static let maximumStrengths = 3
    /// The most areas to develop a letter names: a letter is not a development plan.
    public static let maximumAreas = 2

    public var strengths: [Point]
    public var areas: [Point]

    public init(scorecard: Scorecard, competencies: [Competency]) {
        func point(_ score: CompetencyScore, development: Bool) -> Point {
            let competency = competencies.first { $0.id == score.competency }
            return Point(competency: score.competency, name: competency?.name ?? LocalizedText(ru: score.competency),
                         development: development ? competency?.development : nil)
        }
        let atLevel = scorecard.competencies.enumerated()
            .filter { $0.element.standing == .at }
            .sorted { a, b in
                let (x, y) = (a.element.requirement.weight * a.element.value!, b.element.requirement.weight * b.element.value!)
                return x != y ? x > y : a.offset < b.offset
            }
            .map(\.element)
        strengths = (scorecard.strengths + atLevel).prefix(Self.maximumStrengths).map { point($0, development: false) }
        areas = scorecard.gaps.prefix(Self.maximumAreas).map { point($0, development: true) }
    }

    /// The strengths by name, in `language`.
    public func strengthLines(in language: ContentLanguage) -> [String] {
        strengths.map { $0.name.text(in: language) }
    }

    /// The areas, each "name: what to do" (the name alone when there is no development text).
    public func areaLines(in language: ContentLanguage) -> [String] {
        areas.map { area in
            let name = area.name.text(in: language)
            return area.development.map { name + ": " + LetterValues.lowercasedFirst($0.text(in: language)) } ?? name
        }
    }
}
