import OtborCore
import Testing

/// Who watches whom in a group sitting: every candidate by at least two observers, nobody outside
/// the sitting, each candidate once; and the sessions to open, one per observer and candidate.
struct GroupAssignmentTests {
    static func plan(_ candidates: [Int64], _ observers: [String: [Int64]]) -> GroupAssignment {
        GroupAssignment(candidates: candidates.map { CandidateID($0) }, observers: observers.mapValues { $0.map { CandidateID($0) } })
    }

    @Test("an assignment's problems, in the order of the candidates", arguments: [
        (plan([1, 2], ["a": [1, 2], "b": [1, 2]]), [String]()),
        (plan([1, 2, 3], ["a": [1, 2], "b": [2, 3], "c": [1, 3]]), []),
        (plan([1, 2], ["a": [1, 2], "b": [1]]),
         ["candidate 2 is watched by a; every candidate needs at least 2 observers"]),
        (plan([1], [:]), ["candidate 1 is watched by nobody; every candidate needs at least 2 observers"]),
        (plan([], ["a": []]), ["a group sitting takes 1 to 12 candidates, not 0"]),
        (plan([1, 1], ["a": [1], "b": [1]]), ["candidate 1 is listed twice"]),
        (plan([1], ["a": [1, 9], "b": [1]]), ["a is to watch candidate 9, who is not among the sitting's candidates"]),
        (plan(Array(1...13), Dictionary(uniqueKeysWithValues: ["a", "b"].map { ($0, Array(Int64(1)...13)) })),
         ["a group sitting takes 1 to 12 candidates, not 13"]),
    ])
    func problems(_ assignment: GroupAssignment, _ expected: [String]) {
        #expect(assignment.problems.map(\.description) == expected)
    }

    @Test("one session per observer and candidate: by observer, then in the order of the candidates, each pair once")
    func pairs() {
        let assignment = Self.plan([3, 1, 2], ["b": [2, 3, 3], "a": [1, 3]])
        #expect(assignment.pairs.map { "\($0.observer)→\($0.candidate)" } == ["a→3", "a→1", "b→3", "b→2"])
    }
}
