import OtborCore

/// Asks for a screening fact: one of its options by number (each shown with its verdict), or for
/// salary the amount named as a whole number; `n` for not asked.
struct FactPrompt {
    var fact: ScreeningFact
    var words: ConsoleWording
    /// The fact recorded before: `nil` when unanswered, `.some(nil)` for not asked.
    var current: FactAnswer??

    /// Shows the question and reads keys until an answer, `n` or a way to move on.
    func ask(_ console: Console) -> PromptOutcome<FactAnswer?> {
        let style = console.style
        console.writeLine(style.bold(words.content(fact.text)))
        if let checks = fact.checks { console.writeLine(style.dim(words.content(checks))) }
        for (index, option) in fact.options.enumerated() {
            console.writeLine("  " + style.bold("\(index + 1)") + "  " + words.content(option.text) + " — " + words.verdict(option.verdict))
        }
        if let current {
            console.writeLine(style.yellow(words(.answerSoFar, ["answer": current.map(shown) ?? words(.factNotAsked)])))
        }
        let prompt = fact.topic.isAmount ? words(.amountPrompt) : words(.optionPrompt, ["count": String(fact.options.count)])
        let singleKey = !fact.topic.isAmount && fact.options.count <= 9
        while true {
            let read = singleKey ? console.readKey(prompt: prompt) : console.readLine(prompt: prompt)
            guard let typed = read else { return .endOfInput }
            let key = PromptKey.normalise(typed)
            if fact.topic.isAmount {
                let digits = key.filter { !$0.isWhitespace }
                if !digits.isEmpty, digits.allSatisfy(\.isASCII), let amount = Int(digits), amount >= 0 { return .answer(.amount(amount)) }
            } else {
                if let number = PromptKey.number(key), fact.options.indices.contains(number - 1) {
                    return .answer(.option(fact.options[number - 1].id))
                }
                if let option = fact.option(key) { return .answer(.option(option.id)) }
            }
            if key == "n" { return .answer(nil) }
            if let navigation = NavigationKey(key) {
                if navigation == .help {
                    console.writeLine(style.dim(words(fact.topic.isAmount ? .amountHelp : .factHelp)))
                    continue
                }
                return .navigate(navigation)
            }
            let what = typed.isEmpty ? words(.nothingTyped) : words(fact.topic.isAmount ? .notAmount : .notOption, ["typed": PromptKey.quoted(typed)])
            console.writeLine(style.red(fact.topic.isAmount ? words(.amountRefusal, ["what": what])
                                        : words(.factRefusal, ["what": what, "count": String(fact.options.count)])))
        }
    }

    /// A recorded fact as the assessor sees it: the option's text, or the amount.
    private func shown(_ answer: FactAnswer) -> String {
        switch answer {
        case .option(let id): fact.option(id).map { words.content($0.text) } ?? id
        case .amount(let amount): String(amount)
        }
    }
}
