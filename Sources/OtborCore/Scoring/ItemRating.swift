/// One rating an assessor gave (a question, a criterion, a converted checklist or classification),
/// with how it spreads over competencies. `value` is `nil` for "not assessed", which never counts.
public struct ItemRating: Sendable, Hashable, Codable {
    /// The guide item (and criterion) rated, such as `conflict` or `angry-client/tone`.
    public var item: String
    public var value: Double?
    public var weights: [CompetencyWeight]

    public init(item: String, value: Double?, weights: [CompetencyWeight]) {
        self.item = item
        self.value = value
        self.weights = weights
    }
}

/// All ratings one assessor gave a candidate in one stage.
public struct AssessorSheet: Sendable, Hashable, Codable {
    public var assessor: String
    public var ratings: [ItemRating]

    public init(assessor: String, ratings: [ItemRating]) {
        self.assessor = assessor
        self.ratings = ratings
    }

    /// The assessor's rating of `competency`: the weighted mean of the ratings mapped to it,
    /// or `nil` when none of them was assessed.
    public func competencyRating(_ competency: String) -> Double? {
        var sum = 0.0, weight = 0.0
        for rating in ratings {
            guard let value = rating.value else { continue }
            for entry in rating.weights where entry.competency == competency {
                sum += entry.weight * value
                weight += entry.weight
            }
        }
        return weight > 0 ? sum / weight : nil
    }
}

/// The sheets of every assessor of one stage for one candidate.
public struct StageRatings: Sendable, Hashable, Codable {
    /// The guide id of the stage.
    public var stage: String
    public var sheets: [AssessorSheet]

    public init(stage: String, sheets: [AssessorSheet]) {
        self.stage = stage
        self.sheets = sheets
    }

    /// Sheets grouped by their stage, stages in the order they first appear.
    public static func grouped(_ sheets: [(stage: String, sheet: AssessorSheet)]) -> [StageRatings] {
        var stages: [StageRatings] = []
        for (stage, sheet) in sheets {
            if let index = stages.firstIndex(where: { $0.stage == stage }) {
                stages[index].sheets.append(sheet)
            } else {
                stages.append(StageRatings(stage: stage, sheets: [sheet]))
            }
        }
        return stages
    }
}
