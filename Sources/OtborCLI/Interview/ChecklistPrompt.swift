import Foundation
import OtborCore

/// Asks which behaviours of a role-play's checklist the assessor saw: numbers separated by
/// spaces (`1 3 5`), or `-` for none.
struct ChecklistPrompt {
    var behaviours: [RolePlayScenario.Behaviour]
    var words: ConsoleWording
    /// The behaviours ticked before, when the checklist was answered.
    var current: Set<String>?

    /// The prompt, with the keys it accepts.
    var prompt: String { words(.checklistPrompt, ["range": behaviours.count == 1 ? "1" : "1-\(behaviours.count)"]) }

    /// Shows the checklist and reads lines until a valid list of ticks or a way to move on.
    func ask(_ console: Console) -> PromptOutcome<Set<String>> {
        let style = console.style
        console.writeLine(style.bold(words(.checklistTitle)))
        for (index, behaviour) in behaviours.enumerated() {
            let mark = current.map { $0.contains(behaviour.id) ? "[x] " : "[ ] " } ?? ""
            let sign = behaviour.positive ? style.green("+") : style.red("−")
            console.writeLine(String(format: "%3d ", index + 1) + mark + sign + " " + words.content(behaviour.text))
        }
        while true {
            guard let line = console.readLine(prompt: prompt) else { return .endOfInput }
            if let navigation = NavigationKey(line) {
                if navigation == .help {
                    console.writeLine(style.dim(words(.checklistHelp)))
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
        let accepted = words(.checklistAccepted, ["count": String(behaviours.count)])
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if tokens.isEmpty { return .failure(Problem(message: words(.nothingTypedHint, ["accepted": accepted]))) }
        if tokens == ["-"] { return .success([]) }
        var ticked = Set<String>()
        for token in tokens {
            guard let number = PromptKey.number(token), behaviours.indices.contains(number - 1) else {
                return .failure(Problem(message: words(.notBehaviour, ["typed": PromptKey.quoted(token), "accepted": accepted])))
            }
            ticked.insert(behaviours[number - 1].id)
        }
        return .success(ticked)
    }
}
