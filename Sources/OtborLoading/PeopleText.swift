import Yams

/// One piece of text meant for people (a question, an instruction, an anchor, a note), found in a
/// composed YAML tree with the key it stands under, so that checks can look inside it.
struct PeopleText {
    enum Language: Sendable, Hashable { case russian, english }

    var text: String
    var language: Language
    /// The nearest key above the text that is not `ru` or `en`.
    var key: String
    /// Whether the text is the wording of a question put to the candidate: a question item's
    /// `text` or one of its `followUps`.
    var isQuestion: Bool
    /// The scalar that holds the text, for its position.
    var node: Node

    /// Keys whose values are for the program, not for people: ids, references, kinds and provenance.
    static let machineKeys: Set<String> = [
        "id", "ids", "source", "authored", "guide", "competency", "flag", "type", "kind", "format", "for",
        "disc", "comparator", "unit", "currency", "language", "holder", "group", "visit",
    ]

    /// Every text meant for people under `node`, in document order. A plain string is Russian (the
    /// format's Text), a string under `en` English; mapping keys and ``machineKeys`` are skipped.
    static func all(in node: Node) -> [PeopleText] {
        var found: [PeopleText] = []
        collect(node, key: "", language: .russian, question: false, into: &found)
        return found
    }

    private static func collect(_ node: Node, key: String, language: Language, question: Bool, into found: inout [PeopleText]) {
        switch node {
        case .scalar(let scalar):
            // A plain true, false, null or number is a value for the program.
            guard scalar.style != .plain || (node.bool == nil && node.float == nil && !["", "~", "null"].contains(scalar.string))
            else { return }
            found.append(PeopleText(text: scalar.string, language: language, key: key, isQuestion: question, node: node))
        case .sequence(let sequence):
            for element in sequence { collect(element, key: key, language: language, question: question, into: &found) }
        case .mapping(let mapping):
            let isQuestionItem = mapping["type"]?.string == "question"
            for (keyNode, value) in mapping {
                guard let name = keyNode.string, !machineKeys.contains(name) else { continue }
                // The item ids of a guide's `alternatives` are references; its `note` is for people.
                if key == "alternatives" && name == "items" { continue }
                switch name {
                case "ru": collect(value, key: key, language: .russian, question: question, into: &found)
                case "en": collect(value, key: key, language: .english, question: question, into: &found)
                default:
                    let asks = isQuestionItem ? (name == "text" || name == "followUps") : question
                    collect(value, key: name, language: .russian, question: asks, into: &found)
                }
            }
        default:
            return
        }
    }
}
