import Foundation
@testable import OtborCLI
import OtborCore
import OtborStore
import Testing

/// The terminal runner on a guide with alternatives: the interviewer passes over an alternate with
/// `s` (all its steps at once), runs another, and the sitting finishes without the rest.
@Suite("Interview runner alternatives")
struct RunnerAlternativesTests {
    @Test("group formats: the first format passed over, the second run, the other four closed, submitted")
    func menu() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("group-formats")
        #expect(guide.alternatives.first?.run == 1 && guide.alternatives.first?.items.count == 6)
        let second = guide.items[1]
        let session = try fixture.start(guide)
        let input = ["s"] + second.criteria.flatMap { _ in ["4", ""] } + ["-", "y"]
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: input)
        #expect(outcome == .submitted, "\(console.output.suffix(1500))")
        #expect(console.output.contains("An alternative: 1 of 6 are run; s passes over this one as a whole."))
        #expect(console.output.contains("All \(second.criteria.count) steps are answered."))
        let answers = try fixture.store.answers(session: session.id)
        #expect(Set(answers.ratings.keys) == Set(second.criteria.map { "\(second.id)/\($0.id)" }))
        #expect(guide.unansweredSteps(answers).isEmpty)
    }

    @Test("HR interview: an alternate swapped in for the default, the other alternates never asked")
    func swap() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("hr-interview")
        let session = try fixture.start(guide)
        var input: [String] = []
        var asked: [String] = []
        // Walk the guide's order as the runner does: the default of each group is passed over once
        // (the first group only), an open alternate is answered in its place, closed ones never come.
        let firstGroup = try #require(guide.alternatives.first)
        for item in guide.items {
            if let group = guide.alternativeGroup(of: item.id) {
                let chosen = group == firstGroup ? group.items[1] : group.items[0]
                if item.id == chosen { input += ["4", ""]; asked.append(item.id) } else if asked.allSatisfy({ !group.items.contains($0) }) { input.append("s") }
            } else {
                input += ["3", ""]; asked.append(item.id)
            }
        }
        input += ["-", "y"]
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: input)
        #expect(outcome == .submitted, "\(console.output.suffix(1500))")
        let answers = try fixture.store.answers(session: session.id)
        #expect(Set(answers.ratings.keys) == Set(asked))
        #expect(asked.count == 6 && asked.contains(firstGroup.items[1]) && !asked.contains(firstGroup.items[0]))
        #expect(guide.progress(answers) == (6, 6))
    }
}
