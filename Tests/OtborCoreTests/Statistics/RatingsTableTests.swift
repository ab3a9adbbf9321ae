import Testing
import OtborCore

struct RatingsTableTests {
    @Test("missing ratings are counted, and a table with one has no complete matrix")
    func missing() {
        let table = RatingsTable(labelHeader: "candidate", assessors: ["Anna", "Boris"], candidates: ["C1", "C2"],
                                 ratings: [[4, nil], [nil, nil]])
        #expect(table.missingCount == 3)
        #expect(table.completeRatings == nil)
    }

    @Test("a complete table gives its matrix")
    func complete() {
        let table = RatingsTable(assessors: ["A", "B"], candidates: ["x", "y"], ratings: [[4, 3.5], [2, 1]])
        #expect(table.labelHeader == "" && table.missingCount == 0)
        #expect(table.completeRatings == [[4, 3.5], [2, 1]])
    }
}
