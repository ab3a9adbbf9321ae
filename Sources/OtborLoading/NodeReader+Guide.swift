import OtborCore
import Yams

/// Reading an interview guide, `Interviews/<id>.yaml`.
extension NodeReader {
    func guide(_ root: Node, stem: String) -> LoadedGuide? {
        guard let file = mapping(
            root, .guide, required: ["id", "kind", "title", "duration", "items"],
            optional: ["purpose", "instructions", "participants", "assessors", "source", "authored", "redFlags", "for",
                       "alternatives"])
        else { return nil }
        let id = identifier(of: file, matching: stem)
        let kind = file["kind"].flatMap { self.choice($0, "kind", StageKind.self) }
        let title = file["title"].flatMap { self.text($0, "title") }
        let duration = file["duration"].flatMap { self.int($0, "duration", in: 1...1440) }
        var flagIDs: Set<String> = []
        let redFlags = file["redFlags"].flatMap { self.list($0, "redFlags", allowEmpty: true) }?.compactMap { node -> RedFlag? in
            guard let fields = mapping(node, .redFlag, required: ["id", "text"], optional: ["source", "authored"])
            else { return nil }
            let id = fields["id"].flatMap { self.identifier($0, "id") }
            checkUnique(id, in: &flagIDs, at: fields["id"], what: .redFlag)
            let text = fields["text"].flatMap { self.text($0, "text") }
            guard let id, let text else { return nil }
            return RedFlag(id: id, text: text, provenance: self.provenance(fields))
        } ?? []
        var itemIDs: Set<String> = []
        let items = file["items"].flatMap { self.list($0, "items") }?.compactMap { guideItem($0, seen: &itemIDs) }
        let provenance = provenance(file)
        let alternatives = items.flatMap { items in file["alternatives"].map { self.alternatives($0, items: items) } } ?? []
        guard let id, let kind, let title, let duration, let items else { return nil }
        let guide = InterviewGuide(
            id: id, kind: kind, title: title, purpose: optionalText(file, "purpose"), duration: duration,
            participants: optionalTexts(file, "participants"), instructions: optionalText(file, "instructions"),
            redFlags: redFlags, items: items, provenance: provenance,
            assessors: file["assessors"].flatMap { self.weight($0, "assessors") }, alternatives: alternatives)
        let writtenFor = file["for"].flatMap { self.list($0, "for") }?.compactMap { node -> String? in
            let profile = self.identifier(node, "for")
            if let profile { refer(to: .profile, profile, at: node, from: .writtenFor) }
            return profile
        } ?? []
        return LoadedGuide(guide: guide, path: path, itemsLocation: location(file.keyNode("items")), writtenFor: writtenFor)
    }

    private static let itemKeys: [String: [String]] = [
        "question": ["text", "kind", "checks", "competencies", "anchors", "indicators", "reference", "followUps", "redFlags"],
        "role-play": ["title", "candidateBrief", "actorBrief", "duration", "criteria", "checklist", "successCriteria"],
        "case": ["title", "statement", "duration", "format", "criteria", "expected", "good", "poor", "classification"],
        "working-day": ["title", "statement", "duration", "day", "tasks", "rules", "competencies"],
        "group-exercise": ["title", "statement", "duration", "participants", "roles", "expected", "successCriteria", "criteria"],
        "fact": ["topic", "text", "checks", "options"],
    ]

    private static let requiredItemKeys: [String: [String]] = [
        "question": ["text", "kind", "checks", "competencies"],
        "role-play": ["title", "candidateBrief", "actorBrief", "criteria"],
        "case": ["title", "statement", "criteria"],
        "working-day": ["title", "statement", "day", "tasks", "rules", "competencies"],
        "group-exercise": ["title", "statement", "criteria"],
        "fact": ["topic", "text"],
    ]

    private func guideItem(_ node: Node, seen: inout Set<String>) -> GuideItem? {
        let common = ["id", "type", "source", "authored"]
        guard case .mapping = node else {
            error(.content(.itemNotAMapping(found: describe(node))), at: node)
            return nil
        }
        guard let typeNode = node["type"] else {
            error(.content(.itemWithoutType(types: Self.itemKeys.keys.sorted())), at: node)
            return nil
        }
        guard let type = string(typeNode, "type") else { return nil }
        guard let keys = Self.itemKeys[type], let required = Self.requiredItemKeys[type] else {
            error(.wrongValue(key: "type", expected: .oneOf(Self.itemKeys.keys.sorted()), found: .text(type)), at: typeNode)
            return nil
        }
        guard let fields = mapping(node, .item(type: type), required: ["id"] + required,
                                  optional: common.dropFirst() + keys.filter { !required.contains($0) }) else { return nil }
        let id = fields["id"].flatMap { self.identifier($0, "id") }
        checkUnique(id, in: &seen, at: fields["id"], what: .item)
        let provenance = provenance(fields)
        if provenance.source == nil && provenance.authored == nil {
            error(.content(.itemWithoutSource(item: id)), at: fields["id"] ?? node)
        }
        let context = WorkspaceProblem.Place.item(id)
        let content: GuideItem.Content?
        switch type {
        case "question": content = question(fields, context: context).map(GuideItem.Content.question)
        case "role-play": content = rolePlay(fields, context: context).map(GuideItem.Content.rolePlay)
        case "case": content = caseTask(fields, context: context).map(GuideItem.Content.caseTask)
        case "working-day": content = workingDay(fields, context: context).map(GuideItem.Content.workingDay)
        case "fact": content = fact(fields).map(GuideItem.Content.fact)
        default: content = groupExercise(fields, context: context).map(GuideItem.Content.groupExercise)
        }
        guard let id, let content else { return nil }
        return GuideItem(id: id, content: content, provenance: provenance)
    }

    private func question(_ fields: Fields, context: WorkspaceProblem.Place) -> InterviewQuestion? {
        let kind = fields["kind"].flatMap { self.choice($0, "kind", InterviewQuestion.Kind.self) }
        let text = fields["text"].flatMap { self.text($0, "text") }
        let checks = fields["checks"].flatMap { self.text($0, "checks") }
        let weights = fields["competencies"].flatMap { self.competencyWeights($0, "competencies", context: context) }
        let anchors = fields["anchors"].flatMap { self.anchors($0, "anchors", complete: false) } ?? []
        guard let kind, let text, let checks, let weights else { return nil }
        return InterviewQuestion(
            kind: kind, text: text, checks: checks, competencies: weights, anchors: anchors,
            indicators: optionalTexts(fields, "indicators"), reference: optionalText(fields, "reference"),
            followUps: optionalTexts(fields, "followUps"), redFlags: optionalTexts(fields, "redFlags"))
    }

    private func rolePlay(_ fields: Fields, context: WorkspaceProblem.Place) -> RolePlayScenario? {
        let title = fields["title"].flatMap { self.text($0, "title") }
        let candidateBrief = fields["candidateBrief"].flatMap { self.text($0, "candidateBrief") }
        let actorBrief = fields["actorBrief"].flatMap { self.text($0, "actorBrief") }
        let duration = fields["duration"].flatMap { self.int($0, "duration", in: 1...600) }
        let criteria = fields["criteria"].flatMap { self.criteria($0, context: context) }
        var seen: Set<String> = []
        let checklist = fields["checklist"].flatMap { self.list($0, "checklist") }?.compactMap { node -> RolePlayScenario.Behaviour? in
            guard let fields = mapping(node, .checklistBehaviour, required: ["id", "text", "competency"],
                                           optional: ["positive"]) else { return nil }
            let id = fields["id"].flatMap { self.identifier($0, "id") }
            checkUnique(id, in: &seen, at: fields["id"], what: .checklist)
            let text = fields["text"].flatMap { self.text($0, "text") }
            let competency = fields["competency"].flatMap { self.identifier($0, "competency") }
            if let competency { refer(to: .competency, competency, at: fields["competency"], from: context) }
            let positive = fields["positive"].flatMap { self.bool($0, "positive") } ?? true
            guard let id, let text, let competency else { return nil }
            return RolePlayScenario.Behaviour(id: id, text: text, competency: competency, positive: positive)
        } ?? []
        guard let title, let candidateBrief, let actorBrief, let criteria else { return nil }
        return RolePlayScenario(
            title: title, candidateBrief: candidateBrief, actorBrief: actorBrief, duration: duration,
            criteria: criteria, checklist: checklist, successCriteria: optionalTexts(fields, "successCriteria"))
    }

    private func caseTask(_ fields: Fields, context: WorkspaceProblem.Place) -> CaseTask? {
        let title = fields["title"].flatMap { self.text($0, "title") }
        let statement = fields["statement"].flatMap { self.text($0, "statement") }
        let duration = fields["duration"].flatMap { self.int($0, "duration", in: 1...600) }
        let format = fields["format"].flatMap { self.choice($0, "format", CaseTask.Format.self) }
        let criteria = fields["criteria"].flatMap { self.criteria($0, context: context) }
        let classification = fields["classification"].flatMap { self.classification($0, context: context) }
        guard let title, let statement, let criteria else { return nil }
        return CaseTask(
            title: title, statement: statement, duration: duration, format: format, criteria: criteria,
            expected: optionalTexts(fields, "expected"), good: optionalText(fields, "good"),
            poor: optionalText(fields, "poor"), classification: classification)
    }

    private func classification(_ node: Node, context: WorkspaceProblem.Place) -> CaseTask.Classification? {
        guard let fields = mapping(node, .key("classification"), required: ["id", "text", "competency", "options"])
        else { return nil }
        let id = fields["id"].flatMap { self.identifier($0, "id") }
        let text = fields["text"].flatMap { self.text($0, "text") }
        let competency = fields["competency"].flatMap { self.identifier($0, "competency") }
        if let competency { refer(to: .competency, competency, at: fields["competency"], from: context) }
        var seen: Set<String> = []
        let options = fields["options"].flatMap { self.list($0, "options") }?.compactMap { node -> CaseTask.Classification.Option? in
            guard let fields = mapping(node, .classificationOption, required: ["id", "text", "rating"])
            else { return nil }
            let id = fields["id"].flatMap { self.identifier($0, "id") }
            checkUnique(id, in: &seen, at: fields["id"], what: .option)
            let text = fields["text"].flatMap { self.text($0, "text") }
            let rating = fields["rating"].flatMap { self.int($0, "rating", in: RatingScale.levels) }
            guard let id, let text, let rating else { return nil }
            return CaseTask.Classification.Option(id: id, text: text, rating: rating)
        }
        if let options, options.count < 2, let optionsNode = fields["options"] {
            error(.content(.tooFewOptions), at: optionsNode)
        }
        guard let id, let text, let competency, let options else { return nil }
        return CaseTask.Classification(id: id, text: text, competency: competency, options: options)
    }

    private func groupExercise(_ fields: Fields, context: WorkspaceProblem.Place) -> GroupExercise? {
        let title = fields["title"].flatMap { self.text($0, "title") }
        let statement = fields["statement"].flatMap { self.text($0, "statement") }
        let duration = fields["duration"].flatMap { self.int($0, "duration", in: 1...600) }
        var minimum: Int?, maximum: Int?
        if let node = fields["participants"], let range = mapping(node, .key("participants"), required: ["min", "max"]) {
            minimum = range["min"].flatMap { self.int($0, "min", in: 1...100) }
            maximum = range["max"].flatMap { self.int($0, "max", in: 1...100) }
            if let minimum, let maximum, minimum > maximum, let maxNode = range["max"] {
                error(.content(.participantsMaxBelowMin(max: maximum, min: minimum)), at: maxNode)
            }
        }
        let criteria = fields["criteria"].flatMap { self.criteria($0, context: context) }
        guard let title, let statement, let criteria else { return nil }
        return GroupExercise(
            title: title, statement: statement, duration: duration, minParticipants: minimum,
            maxParticipants: maximum, roles: optionalTexts(fields, "roles"), expected: optionalTexts(fields, "expected"),
            successCriteria: optionalTexts(fields, "successCriteria"), criteria: criteria)
    }
}
