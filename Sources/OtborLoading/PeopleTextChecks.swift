import Foundation

/// What text meant for people must not hold: internal ids (catalogue ids, YAML keys, ids of guides,
/// profiles and competencies) and, in a question put to a candidate, a protected characteristic.
/// Each finding is a range of the text with the problem it shows.
struct PeopleTextChecks {
    struct Finding {
        var range: Range<String.Index>
        var problem: WorkspaceProblem
    }

    let guideIDs: Set<String>
    let profileIDs: Set<String>
    let competencyIDs: Set<String>

    /// A catalogue id of `research/seeds-catalog.md`: the one pattern both `source.ids` and this check use.
    static let catalogueID = #"(Q00[234]-\d{2}|RP-\d{2}|CASE-\d{2}|GRP-\d{2}|STORY-\d{2}|T002-\d|ST-\d{2}[a-z]?)"#

    /// The keys of Otbor's data format that could be pasted into a text. In Russian text every one
    /// is a slip; in English only the camel-case ones are, and a lower-case one followed by
    /// `true` or `false` (`positive false`), since the others are ordinary English words.
    static let formatKeys: Set<String> = [
        "actorBrief", "alternativeTitles", "anchors", "assessmentTools", "candidateBrief", "checklist", "checks",
        "classification", "competencies", "criteria", "definition", "dropBelow", "estimates", "expected",
        "fixedAt", "followUps", "indicators", "instructions", "interpretation", "items", "knockouts", "kpis",
        "maxMinutes", "metrics", "negative", "options", "ownTime", "participants", "positive", "priorities",
        "purpose", "redFlags", "reference", "requirements", "roles", "rules", "statement", "successCriteria",
        "tasks", "tolerance", "true", "false", "null",
    ]

    func internalIDs(in text: PeopleText) -> [Finding] {
        let words = Self.latinWords(text.text)
        var findings: [Finding] = []
        for (index, (word, range)) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1].0 : nil
            if let kind = kind(of: word, language: text.language, next: next) {
                findings.append(Finding(range: range, problem: .internalID(word, kind)))
            }
        }
        return findings
    }

    private func kind(of word: String, language: PeopleText.Language, next: String?) -> WorkspaceProblem.InternalID? {
        let russian = language == .russian
        if word.contains("-"), Self.isCatalogueID(word) { return .catalogueID }
        if guideIDs.contains(word) && (russian || word.contains("-")) { return .guide }
        if profileIDs.contains(word) && (russian || word.contains("-")) { return .profile }
        if russian && competencyIDs.contains(word) { return .competency }
        guard Self.formatKeys.contains(word) else { return nil }
        let camel = word.contains { $0.isUppercase }
        if russian || camel || (next == "true" || next == "false") && word != "true" && word != "false" { return .yamlKey }
        return nil
    }

    /// The catalogue-id pattern compiled once: checking tens of thousands of words compiled it as many times.
    private static let catalogueRegex = try? NSRegularExpression(pattern: "^\(catalogueID)$")

    static func isCatalogueID(_ word: String) -> Bool {
        catalogueRegex?.firstMatch(in: word, range: NSRange(word.startIndex..., in: word)) != nil
    }

    /// Runs of Latin letters, digits and hyphens (no hyphen at either end), with their ranges.
    static func latinWords(_ text: String) -> [(String, Range<String.Index>)] {
        var words: [(String, Range<String.Index>)] = []
        var start: String.Index?
        var index = text.startIndex
        func close(at end: String.Index) {
            guard var from = start else { return }
            var to = end
            while from < to, text[from] == "-" { from = text.index(after: from) }
            while to > from, text[text.index(before: to)] == "-" { to = text.index(before: to) }
            if from < to { words.append((String(text[from..<to]), from..<to)) }
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            if character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_") {
                if start == nil { start = index }
            } else {
                close(at: index)
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return words
    }

    /// Words of a question that raise a protected characteristic; other texts are not questions
    /// and are left alone (a caution may name what not to ask).
    func protectedTopics(in text: PeopleText) -> [Finding] {
        guard text.isQuestion else { return [] }
        let characters = Array(text.text)
        let folded = characters.map { Self.fold($0) }
        let indices = Array(text.text.indices) + [text.text.endIndex]
        var findings: [Finding] = []
        for start in folded.indices where folded[start].isLetter && (start == 0 || !folded[start - 1].isLetter) {
            for needle in Self.needles[folded[start]] ?? [] {
                let end = start + needle.characters.count
                guard end <= folded.count, folded[start..<end].elementsEqual(needle.characters) else { continue }
                if needle.whole && end < folded.count && folded[end].isLetter { continue }
                var wordEnd = end
                while wordEnd < folded.count && folded[wordEnd].isLetter { wordEnd += 1 }
                let range = indices[start]..<indices[wordEnd]
                findings.append(Finding(range: range, problem: .protectedTopic(String(text.text[range]), needle.topic)))
                break
            }
        }
        return findings
    }

    /// A word of ``ProtectedTopic`` folded once.
    private struct Needle {
        var topic: ProtectedTopic
        var characters: [Character]
        var whole: Bool
    }

    /// Every topic's words, folded, by their first character, in the order of the topics.
    private static let needles: [Character: [Needle]] = {
        var needles: [Character: [Needle]] = [:]
        for topic in ProtectedTopic.allCases {
            for word in topic.words {
                let characters = word.text.map(fold)
                guard let first = characters.first else { continue }
                needles[first, default: []].append(Needle(topic: topic, characters: characters, whole: word.whole))
            }
        }
        return needles
    }()

    /// Lower case, «ё» as «е».
    private static func fold(_ character: Character) -> Character {
        let lower = character.lowercased()
        return lower == "ё" ? "е" : (lower.count == 1 ? Character(lower) : character)
    }
}
