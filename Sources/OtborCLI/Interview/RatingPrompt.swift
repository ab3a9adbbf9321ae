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

    /// The prompt, with the keys it accepts.
    static let prompt = "rating [\(RatingScale.minimum)-\(RatingScale.maximum) n s b ? q]> "

    /// What `?` shows.
    static let help = """
        Keys: 1–5 rate against the anchors · n not assessed (left out of the score, not a low rating) \
        · s skip, come back later · b back to the previous item · ? this help · q pause (all answers \
        so far are saved; resume later). After a rating or n, type the evidence: what the candidate \
        said or did (Enter for none).
        """

    /// Shows the item and reads keys until a rating, `n` or a way to move on is typed.
    func ask(_ console: Console) -> PromptOutcome<Int?> {
        let style = console.style
        console.writeLine(style.bold(text))
        if let checks, !checks.isEmpty { console.writeLine(style.cyan("What it checks: ") + checks) }
        if let competencies { console.writeLine(style.dim("Competencies: " + competencies)) }
        scale.lines(style: style).forEach { console.writeLine($0) }
        if let current { console.writeLine(style.yellow("Your answer so far: " + Self.describe(current))) }
        while true {
            guard let typed = console.readKey(prompt: Self.prompt) else { return .endOfInput }
            let key = PromptKey.normalise(typed)
            if let score = Int(key), RatingScale.contains(score) { return .answer(score) }
            if key == "n" { return .answer(nil) }
            if let navigation = NavigationKey(key) {
                if navigation == .help {
                    console.writeLine(style.dim(Self.help))
                    continue
                }
                return .navigate(navigation)
            }
            console.writeLine(style.red(Self.refusal(typed)))
        }
    }

    /// The message for a key that is not accepted.
    static func refusal(_ typed: String) -> String {
        let what = typed.isEmpty ? "Nothing was typed" : "'\(PromptKey.quoted(typed))' is not accepted here"
        return "\(what): type \(RatingScale.minimum)–\(RatingScale.maximum) to rate, n (not assessed), s (skip), b (back), ? (help) or q (pause)."
    }

    /// `4` or `not assessed`.
    static func describe(_ score: Int?) -> String {
        score.map(String.init) ?? "not assessed"
    }

    /// `Name (2), Other (1)` for the competencies of an item.
    static func competencyLine(_ weights: [CompetencyWeight], library: ContentLibrary?, language: ContentLanguage) -> String? {
        guard !weights.isEmpty else { return nil }
        return weights.map { weight in
            let name = library?.competency(weight.competency)?.name.text(in: language) ?? weight.competency
            return weights.count == 1 ? name : "\(name) (\(CompactNumber.format(weight.weight)))"
        }.joined(separator: ", ")
    }
}
