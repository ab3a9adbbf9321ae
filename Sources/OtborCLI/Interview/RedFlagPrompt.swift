import OtborCore

/// Offers a guide's red flags at the end of a sitting: numbers of the flags observed, `-` for none.
struct RedFlagPrompt {
    var flags: [RedFlag]
    var language: ContentLanguage
    /// Whose flags they are, in a group run.
    var candidate: String?

    /// The prompt, with the keys it accepts.
    var prompt: String { "red flags [\(flags.count == 1 ? "1" : "1-\(flags.count)"), - none, b ? q]> " }

    /// What `?` shows.
    static let help = """
        Type the numbers of the red flags you observed, separated by spaces, or - for none. They are \
        saved with the session and checked against the profile's knock-out rules. b goes back to the \
        items, q pauses.
        """

    /// Shows the flags and reads a line of numbers, `-`, or a way to move on (`s` is not offered).
    func ask(_ console: Console) -> PromptOutcome<[RedFlag]> {
        let style = console.style
        let whose = candidate.map { " for \($0)" } ?? ""
        console.writeLine(style.bold("Red flags\(whose) — tick what you observed:"))
        for (index, flag) in flags.enumerated() {
            console.writeLine("  " + style.bold("\(index + 1)") + "  " + flag.text.text(in: language))
        }
        while true {
            guard let line = console.readLine(prompt: prompt) else { return .endOfInput }
            if let navigation = NavigationKey(line), navigation != .skip {
                if navigation == .help {
                    console.writeLine(style.dim(Self.help))
                    continue
                }
                return .navigate(navigation)
            }
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            if tokens == ["-"] { return .answer([]) }
            let numbers = tokens.map { Int($0) }
            if !tokens.isEmpty, numbers.allSatisfy({ $0.map { flags.indices.contains($0 - 1) } ?? false }) {
                var chosen: [RedFlag] = []
                for number in numbers.compactMap({ $0 }) where !chosen.contains(flags[number - 1]) {
                    chosen.append(flags[number - 1])
                }
                return .answer(chosen)
            }
            let what = tokens.isEmpty ? "Nothing was typed" : "'\(PromptKey.quoted(line))' is not a list of red flags"
            console.writeLine(style.red("\(what): type numbers 1–\(flags.count) separated by spaces, - for none, b (back) or q (pause)."))
        }
    }
}
