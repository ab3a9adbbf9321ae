import Foundation
import OtborCore

/// Takes a forced-choice DISC inventory through a console: in each group the option most like
/// the candidate, then the one least like them (a different option).
///
/// Keys: the option's number, `b` back (to "most" of the same group, or to the group before), `?`
/// help, `q` stop. Nothing is saved until every group is answered.
struct DISCRunner {
    var inventory: DISCInventory
    var language: ContentLanguage

    /// What `?` shows.
    static let help = """
        For each group of four statements, press the number of the one MOST like you, then the number \
        of the one LEAST like you (a different one). There are no right or wrong answers; go with your \
        first impression. b goes back, q stops without saving.
        """

    /// The answers in inventory order, or `nil` when stopped (`q`) or the input ended.
    func run(_ console: Console) -> DISCAnswers? {
        let style = console.style
        console.writeLine(style.bold(inventory.title.text(in: language)) + " — \(inventory.groups.count) groups.")
        if let instructions = inventory.instructions { console.writeLine(instructions.text(in: language)) }
        console.writeLine(style.dim("Keys: 1–4 choose · b back · ? help · q stop (nothing is saved)."))
        var answers: [DISCAnswers.Answer?] = Array(repeating: nil, count: inventory.groups.count)
        var index = 0
        var most: Int?
        while index < inventory.groups.count {
            let group = inventory.groups[index]
            if most == nil {
                console.writeLine()
                console.writeLine(style.bold("Group \(index + 1)/\(inventory.groups.count)"))
                for (number, option) in group.options.enumerated() {
                    console.writeLine("  " + style.bold("\(number + 1)") + "  " + option.text.text(in: language))
                }
            }
            let question = most == nil ? "most like you" : "least like you"
            guard let typed = console.readKey(prompt: "\(question) [1-\(group.options.count) b ? q]> ") else { return nil }
            let key = PromptKey.normalise(typed)
            if let number = Int(key), group.options.indices.contains(number - 1) {
                if let chosen = most {
                    guard chosen != number - 1 else {
                        console.writeLine(style.red("Option \(number) is already your \"most like you\": choose a different one for \"least\"."))
                        continue
                    }
                    answers[index] = DISCAnswers.Answer(group: group.id, most: group.options[chosen].factor,
                                                        least: group.options[number - 1].factor)
                    most = nil
                    index += 1
                } else {
                    most = number - 1
                }
                continue
            }
            switch NavigationKey(key) {
            case .back?:
                if most != nil {
                    most = nil
                } else if index > 0 {
                    index -= 1
                } else {
                    console.writeLine(style.red("This is the first group: there is nothing to go back to."))
                }
            case .help?:
                console.writeLine(style.dim(Self.help))
            case .pause?:
                console.writeLine("Stopped: nothing was saved. Run `otbor disc take` again to start over.")
                return nil
            case .skip?, nil:
                let what = typed.isEmpty ? "Nothing was typed" : "'\(PromptKey.quoted(typed))' is not accepted here"
                console.writeLine(style.red("\(what): type 1–\(group.options.count), b (back), ? (help) or q (stop)."))
            }
        }
        return DISCAnswers(answers.compactMap { $0 })
    }

    /// The result as lines: the three graphs, the style code, the circumplex and the caveat.
    static func report(most: DISCFactorValues<Int>?, least: DISCFactorValues<Int>?, composite: DISCFactorValues<Int>,
                       groupCount: Int, language: ContentLanguage) -> [String] {
        func row(_ name: String, _ values: DISCFactorValues<Int>, signed: Bool = false) -> String {
            name.padding(toLength: 12, withPad: " ", startingAt: 0)
                + values.values.map { (signed && $0 > 0 ? "+\($0)" : "\($0)").leftPadded(5) }.joined()
        }
        var lines = ["".padding(toLength: 12, withPad: " ", startingAt: 0) + DISCFactor.allCases.map { $0.rawValue.leftPadded(5) }.joined()]
        if let most { lines.append(row("most (I)", most)) }
        if let least { lines.append(row("least (II)", least.map { -$0 }, signed: true)) }
        lines.append(row("composite", composite, signed: true) + "   (III, of \(groupCount) groups)")
        let code = DISCStyleCode(composite: composite)
        var style = "style \(code)"
        if code.isAmbiguous { style += " (tied: ambiguous)" }
        let circumplex = DISCCircumplex(composite: composite)
        if let angle = circumplex.angle, let anchor = circumplex.nearestAnchor {
            style += String(format: " · circumplex %.0f°, nearest %@", angle, anchor.rawValue)
        }
        lines.append(style)
        lines.append(DISCResult.caveat.text(in: language))
        return lines
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
