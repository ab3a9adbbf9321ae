import OtborCore
import Yams

/// Readers for the value types shared by every content file.
extension NodeReader {
    /// Text: a plain string (Russian) or a mapping with `ru` and optional `en`.
    func text(_ node: Node, _ key: String) -> LocalizedText? {
        if case .mapping = node {
            guard let fields = mapping(node, .key(key), required: ["ru"], optional: ["en"]) else { return nil }
            let ru = fields["ru"].flatMap { self.string($0, "ru") }
            let en = fields["en"].flatMap { self.string($0, "en") }
            return ru.map { LocalizedText(ru: $0, en: en) }
        }
        guard case .scalar = node, !isNull(node) else {
            error(.content(.notText(key: key, found: describe(node))), at: node)
            return nil
        }
        return string(node, key).map { LocalizedText(ru: $0) }
    }

    /// A list of texts; problems in single entries are reported and the entry skipped.
    func texts(_ node: Node, _ key: String) -> [LocalizedText]? {
        list(node, key, allowEmpty: true)?.compactMap { self.text($0, key) }
    }

    /// Optional text under `key` of `fields`.
    func optionalText(_ fields: Fields, _ key: String) -> LocalizedText? {
        fields[key].flatMap { self.text($0, key) }
    }

    /// Optional text list under `key` of `fields`, empty when absent.
    func optionalTexts(_ fields: Fields, _ key: String) -> [LocalizedText] {
        fields[key].flatMap { self.texts($0, key) } ?? []
    }

    /// `source` and `authored` of an element.
    func provenance(_ fields: Fields) -> Provenance {
        var provenance = Provenance()
        if let node = fields["source"], let source = mapping(node, .key("source"), required: ["seed"], optional: ["ids", "lines"]) {
            let seed = source["seed"].flatMap { self.string($0, "seed") }
            if let seed, !Self.seeds.contains(seed), let seedNode = source["seed"] {
                error(.content(.unknownSeed(seed, known: Self.seeds)), at: seedNode)
            }
            let ids = source["ids"].flatMap { self.list($0, "ids") }?.compactMap { self.catalogID($0) } ?? []
            let lines = source["lines"].flatMap { self.string($0, "lines") }
            if let seed { provenance.source = SourceReference(seed: seed, ids: ids, lines: lines) }
        }
        if let node = fields["authored"] {
            if case .scalar(let scalar) = node, scalar.string == "true" || scalar.string == "false" {
                provenance.authored = scalar.string == "true" ? "authored" : nil
            } else {
                provenance.authored = string(node, "authored")
            }
        }
        return provenance
    }

    /// The seed files a `source` names.
    static let seeds = ["000", "001", "002", "003", "004"]

    /// A catalog id such as `Q002-11`, `RP-04`, `CASE-06` or `GRP-07`.
    func catalogID(_ node: Node) -> String? {
        guard let value = string(node, "ids") else { return nil }
        let pattern = "^\(PeopleTextChecks.catalogueID)$"
        guard value.range(of: pattern, options: .regularExpression) != nil else {
            error(.content(.notACatalogID(value)), at: node)
            return nil
        }
        return value
    }

    /// A mapping of levels 1…5 to texts; with `complete`, every level must be present.
    func anchors(_ node: Node, _ key: String, complete: Bool) -> [OtborCore.Anchor]? {
        guard case .mapping(let mapping) = node else {
            error(.content(.notALevelMapping(key: key, found: describe(node))), at: node)
            return nil
        }
        var anchors: [OtborCore.Anchor] = []
        for (levelNode, textNode) in mapping {
            guard case .scalar(let scalar) = levelNode, let level = Int(scalar.string) else {
                error(.content(.notALevel(key: key, found: describe(levelNode))), at: levelNode)
                continue
            }
            guard RatingScale.contains(level) else {
                error(.content(.levelOffScale(level, key: key)), at: levelNode)
                continue
            }
            if let text = text(textNode, "\(key) \(level)") { anchors.append(Anchor(level: level, text: text)) }
        }
        if complete {
            let missing = RatingScale.levels.filter { level in !mapping.keys.contains { Int($0.string ?? "") == level } }
            if !missing.isEmpty {
                error(.content(.missingLevels(key: key, missing)), at: node)
            }
        }
        return anchors.sorted { $0.level < $1.level }
    }

    /// A mapping of competency ids to weights; every id is checked against the library later.
    func competencyWeights(_ node: Node, _ key: String, context: WorkspaceProblem.Place) -> [CompetencyWeight]? {
        guard case .mapping(let mapping) = node, !mapping.isEmpty else {
            error(.content(.notAWeightMapping(key: key, found: describe(node))), at: node)
            return nil
        }
        var weights: [CompetencyWeight] = []
        for (idNode, weightNode) in mapping {
            guard case .scalar(let scalar) = idNode, Self.isIdentifier(scalar.string) else {
                error(.content(.notACompetencyID(found: describe(idNode))), at: idNode)
                continue
            }
            let id = scalar.string
            refer(to: .competency, id, at: idNode, from: context)
            if let weight = weight(weightNode, id) {
                weights.append(CompetencyWeight(competency: id, weight: weight))
            }
        }
        return weights
    }

    /// A list of rating criteria with unique ids.
    func criteria(_ node: Node, context: WorkspaceProblem.Place) -> [RatingCriterion]? {
        guard let nodes = list(node, "criteria") else { return nil }
        var seen: Set<String> = []
        return nodes.compactMap { node in
            guard let fields = mapping(node, .criterion, required: ["id", "text", "competencies"], optional: ["anchors"])
            else { return nil }
            let id = fields["id"].flatMap { self.identifier($0, "id") }
            checkUnique(id, in: &seen, at: fields["id"], what: .criterion)
            let text = fields["text"].flatMap { self.text($0, "text") }
            let weights = fields["competencies"].flatMap { self.competencyWeights($0, "competencies", context: context) }
            let anchors = fields["anchors"].flatMap { self.anchors($0, "anchors", complete: false) } ?? []
            guard let id, let text, let weights else { return nil }
            return RatingCriterion(id: id, text: text, competencies: weights, anchors: anchors)
        }
    }

    /// Reports a duplicate id in a list, at the second occurrence.
    func checkUnique(_ id: String?, in seen: inout Set<String>, at node: Node?, what: ContentProblem.Entry) {
        guard let id else { return }
        if !seen.insert(id).inserted { error(.content(.duplicateID(id, of: what)), at: node) }
    }
}
