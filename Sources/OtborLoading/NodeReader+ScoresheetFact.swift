import OtborCore
import Yams

extension NodeReader {
    /// The answer to a fact step: an option id, or for a salary fact a whole amount; `n` for not
    /// asked (`.some(nil)`). Whether it fits is Core's rule (`FactAnswer.problems(for:)`).
    func factAnswer(_ node: Node, _ step: InterviewStep, _ item: GuideItem, fact: ScreeningFact) -> FactAnswer?? {
        let key = step.key
        let options = fact.options.map(\.id)
        guard case .scalar(let scalar) = node, !isNull(node) else {
            if fact.topic.isAmount {
                error(.scoresheet(.notAnAmount(key: key, found: describe(node))), at: node)
            } else {
                error(.scoresheet(.notAnOption(key: key, options: options, found: describe(node))), at: node)
            }
            return nil
        }
        if scalar.string == "n" && !options.contains("n") { return .some(nil) }
        if fact.topic.isAmount {
            guard let amount = Int(scalar.string), amount >= 0, String(amount) == scalar.string else {
                error(.scoresheet(.notAnAmount(key: key, found: describe(node))), at: node)
                return nil
            }
            return .some(.amount(amount))
        }
        let answer = FactAnswer.option(scalar.string)
        guard AnswerValue.fact(answer).problems(for: step, item: item).isEmpty else {
            let suggestion = Self.closest(to: scalar.string, in: options)
            error(.scoresheet(.unknownOption(scalar.string, key: key, suggestion: suggestion, known: options)), at: node)
            return nil
        }
        return .some(answer)
    }
}
