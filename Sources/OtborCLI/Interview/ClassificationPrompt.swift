import OtborCore

/// Asks for the option of a case's classification (such as responsibility under / adequate /
/// over) by number, or `n` for not assessed.
struct ClassificationPrompt {
    var classification: CaseTask.Classification
    var language: ContentLanguage
    /// The option chosen before: `nil` when unanswered, `.some(nil)` for not assessed.
    var current: String??

    /// The prompt, with the keys it accepts.
    var prompt: String { "option [1-\(classification.options.count) n s b ? q]> " }

    /// What `?` shows.
    static let help = """
        Type the number of the option that describes the candidate's solution, or n when you cannot \
        classify it (not assessed). s skips, b goes back, q pauses. Then type the evidence note \
        (Enter for none).
        """

    /// Shows the options and reads keys until an option, `n` or a way to move on.
    func ask(_ console: Console) -> PromptOutcome<String?> {
        let style = console.style
        console.writeLine(style.bold(classification.text.text(in: language)))
        for (index, option) in classification.options.enumerated() {
            console.writeLine("  " + style.bold("\(index + 1)") + "  " + option.id + " — " + option.text.text(in: language))
        }
        if let current {
            let text = current ?? "not assessed"
            console.writeLine(style.yellow("Your answer so far: \(text)"))
        }
        let singleKey = classification.options.count <= 9
        while true {
            let read = singleKey ? console.readKey(prompt: prompt) : console.readLine(prompt: prompt)
            guard let typed = read else { return .endOfInput }
            let key = PromptKey.normalise(typed)
            if let number = Int(key), classification.options.indices.contains(number - 1) {
                return .answer(classification.options[number - 1].id)
            }
            if let option = classification.options.first(where: { $0.id == key }) { return .answer(option.id) }
            if key == "n" { return .answer(nil) }
            if let navigation = NavigationKey(key) {
                if navigation == .help {
                    console.writeLine(style.dim(Self.help))
                    continue
                }
                return .navigate(navigation)
            }
            let what = typed.isEmpty ? "Nothing was typed" : "'\(PromptKey.quoted(typed))' is not an option"
            console.writeLine(style.red(
                "\(what): type 1–\(classification.options.count), n (not assessed), s (skip), b (back), ? (help) or q (pause)."))
        }
    }
}
