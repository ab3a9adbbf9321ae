import OtborCore

/// Asks for a 1–5 rating (or `n`, not assessed) of a question or criterion, showing what it
/// checks and the anchors of the scale.
struct RatingPrompt {
    /// The question or criterion text.
    var text: String
    /// What the item checks.
    var checks: String?
    /// The competencies rated, with their share, as one line.
    var competencies: String?
    var scale: AnchorScale
    /// The answer given before: `nil` when unanswered, `.some(nil)` for not assessed.
    var current: Int??
    var words: ConsoleWording

    /// The prompt, with the keys it accepts.
    static func prompt(_ words: ConsoleWording) -> String {
        words(.ratingPrompt, Self.range)
    }

    /// The lowest and highest rating, for the phrases that name them.
    private static let range = ["min": String(RatingScale.minimum), "max": String(RatingScale.maximum)]

    /// Shows the item and reads keys until a rating, `n` or a way to move on is typed.
    func ask(_ console: Console) -> PromptOutcome<Int?> {
        let style = console.style
        console.writeLine(style.bold(text))
        if let checks, !checks.isEmpty { console.writeLine(style.cyan(words(.whatItChecks)) + checks) }
        if let competencies { console.writeLine(style.dim(words(.competenciesLabel) + competencies)) }
        scale.lines(style: style, words: words).forEach { console.writeLine($0) }
        if let current { console.writeLine(style.yellow(words(.answerSoFar, ["answer": Self.describe(current, words)]))) }
        while true {
            guard let typed = console.readKey(prompt: Self.prompt(words)) else { return .endOfInput }
            let key = PromptKey.normalise(typed)
            if let score = RatingScale.rating(written: key) { return .answer(score) }
            if key == "n" { return .answer(nil) }
            if let navigation = NavigationKey(key) {
                if navigation == .help {
                    console.writeLine(style.dim(words(.ratingHelp)))
                    continue
                }
                return .navigate(navigation)
            }
            console.writeLine(style.red(Self.refusal(typed, words)))
        }
    }

    /// The message for a key that is not accepted.
    static func refusal(_ typed: String, _ words: ConsoleWording) -> String {
        words(.ratingRefusal, range.merging(["what": PromptKey.refused(typed, words)]) { $1 })
    }

    /// `4` or `not assessed`.
    static func describe(_ score: Int?, _ words: ConsoleWording) -> String {
        score.map(String.init) ?? words(.notAssessed)
    }

    /// `Name (2), Other (1)` for the competencies of an item.
    static func competencyLine(_ weights: [CompetencyWeight], library: ContentLibrary?, words: ConsoleWording) -> String? {
        guard !weights.isEmpty else { return nil }
        return weights.map { weight in
            let name = library?.competency(weight.competency).map { words.content($0.name) } ?? weight.competency
            return weights.count == 1 ? name : "\(name) (\(CompactNumber.format(weight.weight)))"
        }.joined(separator: ", ")
    }
}
