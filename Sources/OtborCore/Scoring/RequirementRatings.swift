/// One assessor's sheet of a stage read against a profile: the assessor's rating of each required
/// competency (``AssessorSheet/competencyRating(_:)``), computed in one pass over the sheet.
struct RequirementRatings: Sendable {
    var assessor: String
    /// Per slot of ``Slots``, the weighted sum of the item ratings mapped to that competency and
    /// the sum of their weights, side by side.
    private var totals: [Double]

    init(sheet: AssessorSheet, slots: Slots, memo: inout Memo) {
        assessor = sheet.assessor
        var totals = [Double](repeating: 0, count: 2 * slots.count)
        // Read in place: the ratings' weights are shared by every sheet of the guide, and copying
        // them out would touch their reference counts from every scoring thread.
        var position = 0
        sheet.ratings.withUnsafeBufferPointer { ratings in
            for index in ratings.indices {
                ratings[index].weights.withUnsafeBufferPointer { weights in
                    for entry in weights.indices {
                        defer { position += 1 }
                        guard let value = ratings[index].value,
                              let slot = memo.slot(weights[entry].competency, at: position, slots: slots) else { continue }
                        totals[2 * slot] += weights[entry].weight * value
                        totals[2 * slot + 1] += weights[entry].weight
                    }
                }
            }
        }
        self.totals = totals
    }

    /// The slot of each weight of the last sheet read, by its position in the sheet: the sheets
    /// of a stage come from one guide, so the next sheet's weights name the same competencies in
    /// the same places, mostly in the very same strings, which compare equal at once.
    struct Memo {
        private var competencies: [String] = []
        private var slots: [Int?] = []

        mutating func slot(_ competency: String, at position: Int, slots table: Slots) -> Int? {
            if position < competencies.count, competencies[position] == competency { return slots[position] }
            let slot = table.slot(competency)
            if position < competencies.count {
                competencies[position] = competency
                slots[position] = slot
            } else if position == competencies.count {
                competencies.append(competency)
                slots.append(slot)
            }
            return slot
        }
    }

    /// The weighted mean of the item ratings mapped to the slot's competency, `nil` when none of
    /// them was assessed.
    func value(_ slot: Int) -> Double? {
        let weight = totals[2 * slot + 1]
        return weight > 0 ? totals[2 * slot] / weight : nil
    }

    /// A slot per distinct required competency of a profile, found through a small open-addressing
    /// table keyed by length and end bytes: competency ids are looked up once per weight of every
    /// rating, and this spares hashing the whole id each time.
    struct Slots: Sendable {
        private var competencies: [String] = []
        /// Index into `competencies` plus one; 0 marks an empty place.
        private var table: [Int]

        init(_ profile: JobProfile) {
            var size = 16
            while size < 4 * profile.requirements.count { size *= 2 }
            table = [Int](repeating: 0, count: size)
            for requirement in profile.requirements where slot(requirement.competency) == nil {
                competencies.append(requirement.competency)
                var place = Self.place(requirement.competency, size)
                while table[place] != 0 { place = (place + 1) & (size - 1) }
                table[place] = competencies.count
            }
        }

        var count: Int { competencies.count }

        func slot(_ competency: String) -> Int? {
            var place = Self.place(competency, table.count)
            while table[place] != 0 {
                if competencies[table[place] - 1] == competency { return table[place] - 1 }
                place = (place + 1) & (table.count - 1)
            }
            return nil
        }

        private static func place(_ text: String, _ size: Int) -> Int {
            let utf8 = text.utf8
            guard let first = utf8.first, let last = utf8.last else { return 0 }
            return (utf8.count &* 31 &+ Int(first) &* 7 &+ Int(last) &* 3) & (size - 1)
        }
    }
}
