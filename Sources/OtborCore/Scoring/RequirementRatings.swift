/// One assessor's sheet of a stage read against a profile: the assessor's rating of each required
/// competency (``AssessorSheet/competencyRating(_:)``), computed in one pass over the sheet.
struct RequirementRatings: Sendable {
    var assessor: String
    /// Per slot of ``Slots``, the weighted sum of the item ratings mapped to that competency and
    /// the sum of their weights, side by side.
    private var totals: [Double]

    init(sheet: AssessorSheet, slots: Slots) {
        assessor = sheet.assessor
        var totals = [Double](repeating: 0, count: 2 * slots.count)
        for rating in sheet.ratings {
            guard let value = rating.value else { continue }
            for entry in rating.weights {
                guard let slot = slots.slot(entry.competency) else { continue }
                totals[2 * slot] += entry.weight * value
                totals[2 * slot + 1] += entry.weight
            }
        }
        self.totals = totals
    }

    /// The weighted mean of the item ratings mapped to the slot's competency, `nil` when none of
    /// them was assessed.
    func value(_ slot: Int) -> Double? {
        let weight = totals[2 * slot + 1]
        return weight > 0 ? totals[2 * slot] / weight : nil
    }

    /// A slot per distinct required competency of a profile.
    struct Slots: Sendable {
        private var index: [String: Int] = [:]

        init(_ profile: JobProfile) {
            index.reserveCapacity(profile.requirements.count)
            for requirement in profile.requirements where index[requirement.competency] == nil {
                index[requirement.competency] = index.count
            }
        }

        var count: Int { index.count }

        func slot(_ competency: String) -> Int? { index[competency] }
    }
}
