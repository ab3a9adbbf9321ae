import Foundation
import OtborCore

/// Asks which behaviours of a role-play's checklist the assessor saw: numbers separated by
/// spaces (`1 3 5`), or `-` for none.
struct ChecklistPrompt {
    var behaviours: [RolePlayScenario.Behaviour]
    var language: ContentLanguage
    /// The behaviours ticked before, when the checklist was answered.
    var current: Set<String>?

    /// The prompt, with the keys it accepts.
    var prompt: String { "ticks [\(behaviours.count == 1 ? "1" : "1-\(behaviours.count)"), - none, s b ? q]> " }

    /// What `?` shows.
    static let help = """
        Type the numbers of the behaviours you saw, separated by spaces (such as 1 3 5), or - when you \
        saw none of them. Behaviours marked − are mistakes: tick them when they happened. s skips the \
        checklist, b goes back, q pauses. Then type the evidence note (Enter for none).
        """

    /// Shows the checklist and reads lines until a valid list of ticks or a way to move on.
    func ask(_ console: Console) -> PromptOutcome<Set<String>> {
        let style = console.style
        console.writeLine(style.bold("Checklist — tick the behaviours you saw:"))
        for (index, behaviour) in behaviours.enumerated() {
            let mark = current.map { $0.contains(behaviour.id) ? "[x] " : "[ ] " } ?? ""
            let sign = behaviour.positive ? style.green("+") : style.red("−")
            console.writeLine(String(format: "%3d ", index + 1) + mark + sign + " " + behaviour.text.text(in: language))
        }
        while true {
            guard let line = console.readLine(prompt: prompt) else { return .endOfInput }
            if let navigation = NavigationKey(line) {
                if navigation == .help {
                    console.writeLine(style.dim(Self.help))
                    continue
                }
                return .navigate(navigation)
            }
            switch parse(line) {
            case .success(let ticked): return .answer(ticked)
            case .failure(let problem): console.writeLine(style.red(problem.message))
            }
        }
    }

    /// Why a line of ticks was refused.
    struct Problem: Error {
        var message: String
    }

    /// The ticked behaviour ids of `line`, or what is wrong with it.
    func parse(_ line: String) -> Result<Set<String>, Problem> {
        let accepted = "type numbers 1–\(behaviours.count) separated by spaces, - for none, or s, b, ?, q"
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if tokens.isEmpty { return .failure(Problem(message: "Nothing was typed: \(accepted).")) }
        if tokens == ["-"] { return .success([]) }
        var ticked = Set<String>()
        for token in tokens {
            guard let number = Int(token), behaviours.indices.contains(number - 1) else {
                return .failure(Problem(message: "'\(PromptKey.quoted(token))' is not a behaviour number: \(accepted)."))
            }
            ticked.insert(behaviours[number - 1].id)
        }
        return .success(ticked)
    }
}
