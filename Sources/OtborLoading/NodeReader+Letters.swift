import OtborCore
import Yams

/// Reading the candidate letters, `Letters/letters.yaml`: every text in both languages, every
/// `{placeholder}` one the letter takes, a list placeholder as a paragraph of its own.
extension NodeReader {
    func letterCatalogue(_ root: Node) -> LetterCatalogue? {
        guard let file = mapping(root, .key("letters.yaml"), required: ["letters", "unscheduled"],
                                optional: ["visits", "bring", "conditions", "authored", "source"]) else { return nil }
        let unscheduled = file["unscheduled"].flatMap { letterText($0, "unscheduled", kind: nil) }
        var visits: [String: LocalizedText] = [:]
        if let node = file["visits"] {
            for (label, text) in pairs(node, "visits") {
                guard let id = identifier(label, "visits") else { continue }
                visits[id] = letterText(text, id, kind: nil)
            }
        }
        var bring: [StageKind: LocalizedText] = [:]
        if let node = file["bring"] {
            for (kindNode, text) in pairs(node, "bring") {
                guard let kind = choice(kindNode, "bring", StageKind.self) else { continue }
                bring[kind] = letterText(text, kind.rawValue, kind: nil)
            }
        }
        let conditions = file["conditions"].flatMap { list($0, "conditions") }?.compactMap(letterCondition) ?? []
        var seen: Set<LetterKind> = []
        let letters = file["letters"].flatMap { list($0, "letters") }?.compactMap { node -> LetterTemplate? in
            guard let letter = letterTemplate(node) else { return nil }
            if !seen.insert(letter.kind).inserted { error(.letter(.letterTwice(letter.kind)), at: node) }
            return letter
        }
        for kind in LetterKind.allCases where letters != nil && !seen.contains(kind) {
            error(.letter(.missingLetter(kind)), at: file["letters"])
        }
        guard let letters, let unscheduled else { return nil }
        return LetterCatalogue(letters: letters, visits: visits, bring: bring, conditions: conditions, unscheduled: unscheduled)
    }

    private func letterTemplate(_ node: Node) -> LetterTemplate? {
        guard let fields = mapping(node, .key("letters"), required: ["kind", "subject", "body"], optional: ["authored", "source"]),
              let kind = fields["kind"].flatMap({ self.choice($0, "kind", LetterKind.self) }) else { return nil }
        let subject = fields["subject"].flatMap { letterText($0, "subject", kind: kind, inline: true) }
        let body = fields["body"].flatMap { list($0, "body") }?.compactMap { letterText($0, "body", kind: kind) }
        guard let subject, let body else { return nil }
        return LetterTemplate(kind: kind, subject: subject, paragraphs: body, provenance: provenance(fields))
    }

    private func letterCondition(_ node: Node) -> LetterCatalogue.Condition? {
        guard let fields = mapping(node, .key("conditions"), required: ["topic", "name"], optional: ["quote"]) else { return nil }
        let topic = fields["topic"].flatMap { self.choice($0, "topic", ScreeningTopic.self) }
        let name = fields["name"].flatMap { letterText($0, "name", kind: nil) }
        let quote = fields["quote"].flatMap { self.bool($0, "quote") } ?? true
        guard let topic, let name else { return nil }
        return LetterCatalogue.Condition(topic: topic, name: name, quotesRequirement: quote)
    }

    /// The key–value pairs of a mapping, reporting anything else.
    private func pairs(_ node: Node, _ key: String) -> [(Node, Node)] {
        guard case .mapping(let mapping) = node else {
            error(.notAMapping(.key(key), found: describe(node)), at: node)
            return []
        }
        return mapping.map { ($0.key, $0.value) }
    }

    /// A text of the letters file: Russian and English both, and, in a letter of `kind`, only the
    /// placeholders it takes, the same in both languages, a list never inside a sentence
    /// (`inline`: never at all, as in a subject line).
    private func letterText(_ node: Node, _ key: String, kind: LetterKind?, inline: Bool = false) -> LocalizedText? {
        guard let text = text(node, key) else { return nil }
        guard let english = text.en else {
            error(.letter(.missingTranslation(key: key)), at: node)
            return text
        }
        guard case .mapping(let mapping) = node else { return text }
        let accepted = kind?.placeholders ?? []
        var used: [[String]] = []
        for (language, value) in [(text.ru, entry(mapping, "ru")), (english, entry(mapping, "en"))] {
            let names = LetterPlaceholder.names(in: language)
            used.append(Array(Set(names)).sorted())
            let alone = LetterTemplate.listPlaceholder(language.trimmingCharacters(in: .whitespacesAndNewlines))
            for name in names {
                guard let placeholder = LetterPlaceholder(rawValue: name), accepted.contains(placeholder), let kind else {
                    error(.letter(.unknownPlaceholder(name, letter: kind ?? .invitation, accepted: accepted)),
                          at: value, column: placeholderColumn(name, in: language, node: value))
                    continue
                }
                if placeholder.isList && (inline || alone != placeholder) {
                    error(.letter(.listInSentence(placeholder)), at: value, column: placeholderColumn(name, in: language, node: value))
                }
            }
        }
        if used[0] != used[1] { error(.letter(.placeholdersDiffer(key: key, russian: used[0], english: used[1])), at: node) }
        return text
    }

    /// The column of `{name}` in a one-line scalar, when it can be counted from the node's own
    /// (a plain or quoted scalar without escapes); `nil` otherwise, which reports the node.
    private func placeholderColumn(_ name: String, in text: String, node: Node?) -> Int? {
        guard case .scalar(let scalar)? = node, let mark = node?.mark, !text.contains("\n"), !text.contains("\\"),
              let range = text.range(of: "{\(name)}") else { return nil }
        let quote: Int
        switch scalar.style {
        case .plain: quote = 0
        case .singleQuoted, .doubleQuoted: quote = 1
        default: return nil
        }
        return mark.column + quote + text.distance(from: text.startIndex, to: range.lowerBound)
    }

    private func error(_ message: DiagnosticMessage, at node: Node?, column: Int?) {
        var place = location(node)
        if let column { place.column = column }
        error(message, at: place)
    }

    private func entry(_ mapping: Node.Mapping, _ key: String) -> Node? {
        mapping.first { $0.key.string == key }?.value
    }
}
