import OtborCore

/// Asks for the option of a case's classification (such as responsibility under / adequate /
/// over) by number, or `n` for not assessed.
struct ClassificationPrompt {
    var classification: CaseTask.Classification
    var words: ConsoleWording
    /// The option chosen before: `nil` when unanswered, `.some(nil)` for not assessed.
    var current: String??

    /// The prompt, with the keys it accepts.
    var prompt: String { words(.optionPrompt, ["count": String(classification.options.count)]) }

    /// Shows the options and reads keys until an option, `n` or a way to move on.
    func ask(_ console: Console) -> PromptOutcome<String?> {
        let style = console.style
        console.writeLine(style.bold(words.content(classification.text)))
        for (index, option) in classification.options.enumerated() {
            console.writeLine("  " + style.bold("\(index + 1)") + "  " + option.id + " — " + words.content(option.text))
        }
        if let current {
            console.writeLine(style.yellow(words(.answerSoFar, ["answer": current ?? words(.notAssessed)])))
        }
        let singleKey = classification.options.count <= 9
        while true {
            let read = singleKey ? console.readKey(prompt: prompt) : console.readLine(prompt: prompt)
            guard let typed = read else { return .endOfInput }
            let key = PromptKey.normalise(typed)
            if let number = PromptKey.number(key), classification.options.indices.contains(number - 1) {
                return .answer(classification.options[number - 1].id)
            }
            if let option = classification.options.first(where: { $0.id == key }) { return .answer(option.id) }
            if key == "n" { return .answer(nil) }
            if let navigation = NavigationKey(key) {
                if navigation == .help {
                    console.writeLine(style.dim(words(.classificationHelp)))
                    continue
                }
                return .navigate(navigation)
            }
            let what = typed.isEmpty ? words(.nothingTyped) : words(.notOption, ["typed": PromptKey.quoted(typed)])
            console.writeLine(style.red(words(.classificationRefusal, ["what": what, "count": String(classification.options.count)])))
        }
    }
}
