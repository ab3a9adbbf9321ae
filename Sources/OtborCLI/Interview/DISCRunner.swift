import Foundation
import OtborCore

/// Takes a forced-choice DISC inventory through a console: in each group the option most like
/// the candidate, then the one least like them (a different option).
///
/// Keys: the option's number, `b` back (to "most" of the same group, or to the group before), `?`
/// help, `q` stop. Nothing is saved until every group is answered.
struct DISCRunner {
    var inventory: DISCInventory
    var words: ConsoleWording

    /// The answers in inventory order, or `nil` when stopped (`q`) or the input ended.
    func run(_ console: Console) -> DISCAnswers? {
        let style = console.style
        console.writeLine(style.bold(words.content(inventory.title)) + " — " + words.count(inventory.groups.count, .group) + ".")
        if let instructions = inventory.instructions { console.writeLine(words.content(instructions)) }
        console.writeLine(style.dim(words(.discKeys)))
        var answers: [DISCAnswers.Answer?] = Array(repeating: nil, count: inventory.groups.count)
        var index = 0
        var most: Int?
        while index < inventory.groups.count {
            let group = inventory.groups[index]
            if most == nil {
                console.writeLine()
                console.writeLine(style.bold(words(.discGroup, ["number": String(index + 1), "count": String(inventory.groups.count)])))
                for (number, option) in group.options.enumerated() {
                    console.writeLine("  " + style.bold("\(number + 1)") + "  " + words.content(option.text))
                }
            }
            let count = ["count": String(group.options.count)]
            guard let typed = console.readKey(prompt: words(most == nil ? .mostLikeYou : .leastLikeYou, count)) else { return nil }
            let key = PromptKey.normalise(typed)
            if let number = PromptKey.number(key), group.options.indices.contains(number - 1) {
                if let chosen = most {
                    guard chosen != number - 1 else {
                        console.writeLine(style.red(words(.alreadyMost, ["number": String(number)])))
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
                    console.writeLine(style.red(words(.firstGroup)))
                }
            case .help?:
                console.writeLine(style.dim(words(.discHelp)))
            case .pause?:
                console.writeLine(words(.discStopped))
                return nil
            case .skip?, nil:
                console.writeLine(style.red(words(.discRefusal, count.merging(["what": PromptKey.refused(typed, words)]) { $1 })))
            }
        }
        return DISCAnswers(answers.compactMap { $0 })
    }

    /// The result as lines: the three graphs, the style code, the circumplex and the caveat.
    static func report(most: DISCFactorValues<Int>?, least: DISCFactorValues<Int>?, composite: DISCFactorValues<Int>,
                       groupCount: Int, words: ConsoleWording) -> [String] {
        let names: [InterviewPhrase] = [.discMost, .discLeast, .discComposite]
        let width = names.map { words($0).count }.max()! + 2
        func row(_ name: InterviewPhrase, _ values: DISCFactorValues<Int>, signed: Bool = false) -> String {
            words(name).padding(toLength: width, withPad: " ", startingAt: 0)
                + values.values.map { (signed && $0 > 0 ? "+\($0)" : words.numbers.whole($0)).leftPadded(5) }.joined()
        }
        var lines = [String(repeating: " ", count: width) + DISCFactor.allCases.map { $0.rawValue.leftPadded(5) }.joined()]
        if let most { lines.append(row(.discMost, most)) }
        if let least { lines.append(row(.discLeast, least.map { -$0 }, signed: true)) }
        lines.append(row(.discComposite, composite, signed: true) + "   " + words(.discOfGroups, ["count": String(groupCount)]))
        let code = DISCStyleCode(composite: composite)
        var style = words(.discStyle, ["code": code.description])
        if code.isAmbiguous { style += words(.discTied) }
        let circumplex = DISCCircumplex(composite: composite)
        if let angle = circumplex.angle, let anchor = circumplex.nearestAnchor {
            style += words(.discCircumplex, ["angle": words.number(angle, 0), "anchor": anchor.rawValue])
        }
        lines.append(style)
        lines.append(words.content(DISCResult.caveat))
        return lines
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
