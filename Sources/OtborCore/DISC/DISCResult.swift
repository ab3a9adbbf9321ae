/// The scores of a forced-choice (most/least) DISC inventory (F17).
///
/// M_f counts the "most" choices keyed to factor f, L_f the "least" ones. Graph I is M_f,
/// Graph II is −L_f (more "least" plots lower), Graph III is the composite c_f = M_f − L_f, and
/// c_f/n ∈ [−1, 1] is the composite normalised by the n groups. Because every group forces one
/// most and one least, Σ M_f = Σ L_f = n and Σ c_f = 0: the scores are ipsative. Style
/// information only — see ``caveat``.
public struct DISCResult: Sendable, Hashable, Codable {
    /// n, the number of groups answered.
    public var groupCount: Int
    /// M_f, the "most" counts (Graph I).
    public var most: DISCFactorValues<Int>
    /// L_f, the "least" counts.
    public var least: DISCFactorValues<Int>

    /// A result from the counts; `nil` when a count is negative, no group was answered, or
    /// Σ M_f ≠ Σ L_f.
    public init?(most: DISCFactorValues<Int>, least: DISCFactorValues<Int>) {
        guard (most.values + least.values).allSatisfy({ $0 >= 0 }), most.sum > 0, most.sum == least.sum else {
            return nil
        }
        groupCount = most.sum
        self.most = most
        self.least = least
    }

    /// Scores `answers` against `inventory`, which must have every group answered exactly once
    /// with most ≠ least by options the group has; otherwise throws every problem found.
    public init(scoring answers: DISCAnswers, inventory: DISCInventory) throws(DISCScoringError) {
        let problems = answers.problems(against: inventory)
        guard problems.isEmpty else {
            throw DISCScoringError(problems: problems)
        }
        var most = DISCFactorValues<Int>.zero, least = DISCFactorValues<Int>.zero
        for answer in answers.answers {
            most[answer.most] += 1
            least[answer.least] += 1
        }
        groupCount = answers.answers.count
        self.most = most
        self.least = least
    }

    /// Graph I: M_f.
    public var graphI: DISCFactorValues<Int> { most }
    /// Graph II: −L_f.
    public var graphII: DISCFactorValues<Int> { least.map { -$0 } }
    /// Graph III, the composite c_f = M_f − L_f; sums to 0.
    public var composite: DISCFactorValues<Int> { DISCFactorValues { most[$0] - least[$0] } }
    /// c_f/n ∈ [−1, 1].
    public var normalised: DISCFactorValues<Double> { composite.map { Double($0) / Double(groupCount) } }

    /// The style code from the composite (F18); `margin` is the lowest composite counted as high.
    public func styleCode(margin: Int = DISCStyleCode.defaultMargin) -> DISCStyleCode {
        DISCStyleCode(composite: composite, margin: margin)
    }

    /// The composite's position on the circumplex (F19).
    public var circumplex: DISCCircumplex { DISCCircumplex(composite: composite) }

    /// The text to show with every DISC result.
    public static let caveat = LocalizedText(
        ru: """
            DISC описывает только предпочитаемый стиль поведения, а не способности и не \
            результативность. Его вес в оценке кандидата равен 0, и он никогда не служит \
            стоп-фактором. Опросник не прошёл валидацию; баллы вынужденного выбора ипсативны — \
            они показывают лишь соотношение факторов у одного человека, поэтому по ним нельзя \
            сравнивать или ранжировать кандидатов. Используйте результат для разговора об \
            адаптации и работе в команде, с согласия кандидата.
            """,
        en: """
            DISC describes preferred behavioural style only, not ability or performance. It has \
            weight 0 in the candidate's score and is never a knock-out criterion. The inventory \
            is unvalidated, and its forced-choice scores are ipsative: they show only how the \
            factors compare within one person, so they must not be used to compare or rank \
            candidates. Use the result for onboarding and team-fit conversations, with the \
            candidate's consent.
            """
    )
}
