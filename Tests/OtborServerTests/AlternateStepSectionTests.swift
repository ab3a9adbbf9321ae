import OtborCore
import OtborHTML
import OtborTestSupport
import Testing
@testable import OtborServer

/// On the scoring page a step of a group of alternatives says so, and once its group has enough
/// chosen it says it may be passed over; a step outside every group says nothing of the kind.
struct AlternateStepSectionTests {
    static let guide: InterviewGuide = {
        var guide = MixedGuide.guide
        guide.alternatives = [AlternativeGroup(items: ["conflict", "angry-client"], run: 1)]
        return guide
    }()

    static func html(_ step: InterviewStep, closed: Bool) -> String {
        var w = HTMLWriter()
        InterviewStepSection(strings: ConsoleStrings(.ru), session: SessionID(7), guide: guide, library: ContentLibrary(),
                             step: step, index: 0, count: 3, answer: nil, note: nil, csrfToken: "t", alternate: closed ? "closed" : "open").write(to: &w)
        return w.output
    }

    @Test("open, closed, and a step outside the groups", arguments: [(0, false, "Вопрос на выбор: из этой группы задают 1 из 2"),
                                                                     (0, true, "Можно пропустить: в группе уже задано нужное число вопросов (1 из 2)"),
                                                                     (3, false, "")])
    func note(index: Int, closed: Bool, expected: String) {
        let html = Self.html(Self.guide.steps[index], closed: closed)
        if expected.isEmpty {
            #expect(!html.contains("alternate-note"), "\(Self.guide.steps[index].key)")
        } else {
            #expect(html.contains(expected) && html.contains(closed ? "alternate-note closed" : "class=\"alternate-note\""))
            // Both texts ride along, so the script can switch them when a save closes the step.
            #expect(html.contains("data-open=\"Вопрос на выбор: из этой группы задают 1 из 2")
                    && html.contains("data-closed=\"Можно пропустить: в группе уже задано нужное число вопросов (1 из 2)"))
            #expect(html.contains("data-alternate=\"\(closed ? "closed" : "open")\""))
        }
        // The rule behind `closed`: once the conflict question is answered, the client scenario's steps are closed.
        let answered = Self.guide.steps[0].key
        #expect(Self.guide.closedSteps(answered: { $0.key == answered }).allSatisfy { $0.item == "angry-client" })
    }
}
