import OtborCore
import Yams

/// Reading `Profiles/competencies.yaml`.
extension NodeReader {
    /// The competencies of the library file; also returns every id seen, even in broken entries.
    func competencyLibrary(_ root: Node) -> (competencies: [Competency], ids: Set<String>) {
        guard let file = mapping(root, .competencyLibrary, required: ["competencies"], optional: ["authored"]),
              let nodes = file["competencies"].flatMap({ self.list($0, "competencies") }) else { return ([], []) }
        if let node = file["authored"] { _ = string(node, "authored") }
        var seen: Set<String> = []
        var competencies: [Competency] = []
        for node in nodes {
            guard let fields = mapping(
                node, .competency, required: ["id", "name", "group", "definition", "levels"],
                optional: ["indicators", "development", "source", "authored"]) else { continue }
            let id = fields["id"].flatMap { self.identifier($0, "id") }
            checkUnique(id, in: &seen, at: fields["id"], what: .competency)
            let name = fields["name"].flatMap { self.text($0, "name") }
            let group = fields["group"].flatMap { self.choice($0, "group", CompetencyGroup.self) }
            let definition = fields["definition"].flatMap { self.text($0, "definition") }
            let levels = fields["levels"].flatMap { self.anchors($0, "levels", complete: true) }
            var positive: [LocalizedText] = [], negative: [LocalizedText] = []
            if let node = fields["indicators"],
               let indicators = mapping(node, .key("indicators"), required: [], optional: ["positive", "negative"]) {
                positive = optionalTexts(indicators, "positive")
                negative = optionalTexts(indicators, "negative")
            }
            let provenance = provenance(fields)
            guard let id, let name, let group, let definition, let levels, levels.count == RatingScale.maximum
            else { continue }
            competencies.append(Competency(
                id: id, name: name, group: group, definition: definition, levels: levels.map(\.text),
                positiveIndicators: positive, negativeIndicators: negative, provenance: provenance,
                development: optionalText(fields, "development")))
        }
        return (competencies, seen)
    }
}
