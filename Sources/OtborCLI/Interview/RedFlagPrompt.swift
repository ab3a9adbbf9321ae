import OtborCore

/// Offers a guide's red flags at the end of a sitting: numbers of the flags observed, `-` for none.
struct RedFlagPrompt {
    var flags: [RedFlag]
    var words: ConsoleWording
    /// Whose flags they are, in a group run.
    var candidate: String?

    /// The prompt, with the keys it accepts.
    var prompt: String { words(.redFlagPrompt, ["range": flags.count == 1 ? "1" : "1-\(flags.count)"]) }

    /// Shows the flags and reads a line of numbers, `-`, or a way to move on (`s` is not offered).
    func ask(_ console: Console) -> PromptOutcome<[RedFlag]> {
        let style = console.style
        let title = candidate.map { words(.redFlagsTitleFor, ["candidate": $0]) } ?? words(.redFlagsTitle)
        console.writeLine(style.bold(title))
        for (index, flag) in flags.enumerated() {
            console.writeLine("  " + style.bold("\(index + 1)") + "  " + words.content(flag.text))
        }
        while true {
            guard let line = console.readLine(prompt: prompt) else { return .endOfInput }
            if let navigation = NavigationKey(line), navigation != .skip {
                if navigation == .help {
                    console.writeLine(style.dim(words(.redFlagHelp)))
                    continue
                }
                return .navigate(navigation)
            }
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            if tokens == ["-"] { return .answer([]) }
            let numbers = tokens.map { PromptKey.number($0) }
            if !tokens.isEmpty, numbers.allSatisfy({ $0.map { flags.indices.contains($0 - 1) } ?? false }) {
                var chosen: [RedFlag] = []
                for number in numbers.compactMap({ $0 }) where !chosen.contains(flags[number - 1]) {
                    chosen.append(flags[number - 1])
                }
                return .answer(chosen)
            }
            let what = tokens.isEmpty ? words(.nothingTyped) : words(.notRedFlags, ["typed": PromptKey.quoted(line)])
            console.writeLine(style.red(words(.redFlagRefusal, ["what": what, "count": String(flags.count)])))
        }
    }
}
