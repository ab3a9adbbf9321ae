import Foundation
import Testing
import OtborCore
@testable import OtborLoading

/// What raters read in the shipped content is one consistent message (issue 15): success criteria
/// written per scenario and tied to a rated criterion, seed model answers the anchors rate low marked
/// as examples, the stages after the decision recorded as facts, a development action per competency.
struct ShippedRaterMessageTests {
    static var library: ContentLibrary { ShippedContentTests.library }

    static var rolePlays: [(guide: String, item: String, scenario: RolePlayScenario)] {
        library.guides.flatMap { guide in
            guide.items.compactMap { item -> (String, String, RolePlayScenario)? in
                if case .rolePlay(let scenario) = item.content { return (guide.id, item.id, scenario) } else { return nil }
            }
        }
    }

    @Test("no two role-plays share their success criteria, and each criterion names the rated criterion that records it")
    func successCriteriaPerScenario() {
        let plays = Self.rolePlays
        #expect(plays.count >= 15)
        let lists = plays.map { $0.scenario.successCriteria.map(\.ru) }
        #expect(Set(lists).count == lists.count, "a success-criteria list is pasted into two scenarios")
        for play in plays {
            #expect(play.scenario.successCriteria.count >= 3, "\(play.guide)/\(play.item)")
            for criterion in play.scenario.successCriteria {
                #expect(criterion.ru.contains("(критери"), "\(play.item): «\(criterion.ru)» names no rated criterion")
                #expect(criterion.en?.contains("(criteri") == true, "\(play.item): the English names no rated criterion")
            }
        }
    }

    @Test("each group format has its own success criteria, each naming the rated criterion that records it")
    func groupFormatsPerFormat() throws {
        let guide = try #require(Self.library.guide("group-formats"))
        let formats = guide.items.compactMap { item -> GroupExercise? in
            if case .groupExercise(let exercise) = item.content { exercise } else { nil }
        }
        #expect(formats.count == 6)
        let lists = formats.map { $0.successCriteria.map(\.ru) }
        #expect(Set(lists).count == 6, "a success-criteria list is pasted into two formats")
        for format in formats {
            #expect(format.successCriteria.count >= 3)
            for criterion in format.successCriteria {
                #expect(criterion.ru.contains("(критери") && criterion.en?.contains("(criteri") == true, "«\(criterion.ru)»")
            }
        }
    }

    @Test("seed model answers the question's anchors rate low are marked as examples from the source",
          arguments: [("hr-interview", "weaknesses"), ("manager-interview", "outstanding-manager"), ("phone-screen", "self-presentation")])
    func modelAnswersMarked(_ guide: String, _ item: String) throws {
        let found = try #require(Self.library.guide(guide)?.items.first { $0.id == item })
        guard case .question(let question) = found.content else { Issue.record("\(item) is not a question"); return }
        let reference = try #require(question.reference)
        #expect(reference.ru.hasPrefix("Пример из источника, не эталон"))
        #expect(reference.en?.hasPrefix("An example from the source, not a standard") == true)
    }

    @Test("the reference check and the offer are recorded as facts, never as scores",
          arguments: [("reference-check", ScreeningTopic.references), ("job-offer", ScreeningTopic.offer)])
    func stagesAfterDecision(_ id: String, _ topic: ScreeningTopic) throws {
        let guide = try #require(Self.library.guide(id))
        #expect(guide.items.count >= 5)
        for item in guide.items {
            guard case .fact(let fact) = item.content else { Issue.record("\(id)/\(item.id) is not a fact"); continue }
            #expect(fact.topic == topic)
            #expect(fact.options.count >= 2)
            // Its facts count as the application's screening facts: nothing after the decision is a knock-out.
            #expect(fact.options.allSatisfy { $0.verdict != .fail }, "\(id)/\(item.id)")
        }
        #expect(Self.library.profiles.allSatisfy { !$0.process.map(\.guide).contains(id) }, "not an assessment stage")
    }

    @Test("the reference check asks about every critical requirement of the senior profile and holds the 152-FZ consent")
    func referenceCheckCoversHurdles() throws {
        let guide = try #require(Self.library.guide("reference-check"))
        let profile = try #require(Self.library.profile("senior-support-manager"))
        let items = Set(guide.items.map(\.id))
        for requirement in profile.requirements where requirement.critical {
            #expect(items.contains(requirement.competency), "no reference question on \(requirement.competency)")
        }
        #expect(guide.instructions?.ru.contains("152-ФЗ") == true)
        #expect(guide.instructions?.en?.contains("152-FZ") == true)
    }

    @Test("every competency a profile requires has a development action for the 90-day plan")
    func developmentTexts() {
        let required = Set(Self.library.profiles.flatMap(\.requirements).map(\.competency))
        for competency in Self.library.competencies where required.contains(competency.id) {
            #expect(competency.development?.en != nil, "\(competency.id) has no development action")
        }
    }

    @Test("no anchor rates a smile")
    func noSmileInAnchors() {
        for competency in Self.library.competencies {
            for level in competency.levels { #expect(!level.ru.lowercased().contains("улыба"), "\(competency.id)") }
        }
        for play in Self.rolePlays {
            for criterion in play.scenario.criteria {
                for anchor in criterion.anchors { #expect(!anchor.text.ru.lowercased().contains("улыба"), "\(play.item)/\(criterion.id)") }
            }
            for behaviour in play.scenario.checklist { #expect(!behaviour.text.ru.lowercased().contains("улыба"), "\(play.item)/\(behaviour.id)") }
        }
    }
}
