/// One recorded fact judged: the rule that turns a fact into pass, fail or discuss, and whether a
/// failure knocks the candidate out. The one home of the screening rule.
public struct FactOutcome: Sendable, Hashable, Codable {
    /// The guide (stage) and the item of the fact step.
    public var stage: String
    public var item: String
    public var topic: ScreeningTopic
    /// What was recorded: the option's text, or the amount.
    public var answer: FactAnswer
    public var verdict: FactVerdict
    public var reason: LocalizedText
    /// A failed fact whose requirement is a knock-out (or that the profile does not soften).
    public var isKnockout: Bool

    public init(stage: String, item: String, topic: ScreeningTopic, answer: FactAnswer, verdict: FactVerdict,
                reason: LocalizedText, isKnockout: Bool) {
        self.stage = stage
        self.item = item
        self.topic = topic
        self.answer = answer
        self.verdict = verdict
        self.reason = reason
        self.isKnockout = isKnockout
    }

    /// How far above the band's top, in per cent, an expected salary may go and still be discussed:
    /// beyond it, a fail.
    public static let salaryDiscussPercent = 15.0

    /// Judges `answer` to `fact` (item `item` of guide `stage`) against `profile`: an option gives
    /// its own verdict and reason; an amount passes inside the band or below it, is to discuss up to
    /// ``salaryDiscussPercent`` above the top, and fails beyond. A fail is a knock-out unless the
    /// profile's screening requirement of the topic says `knockout: false`. `nil` when the answer
    /// does not fit the fact (an unknown option, an amount without a band, an option for salary).
    public init?(fact: ScreeningFact, answer: FactAnswer, stage: String, item: String, profile: JobProfile) {
        let verdict: FactVerdict, reason: LocalizedText
        switch answer {
        case .option(let id):
            guard !fact.topic.isAmount, let option = fact.option(id) else { return nil }
            verdict = option.verdict
            reason = option.reason
        case .amount(let amount):
            guard fact.topic.isAmount, let band = profile.salary else { return nil }
            (verdict, reason) = Self.judge(amount: Double(amount), band: band)
        }
        let requirement = profile.screening.first { $0.topic == fact.topic }
        self.init(stage: stage, item: item, topic: fact.topic, answer: answer, verdict: verdict, reason: reason,
                  isKnockout: verdict == .fail && (requirement?.knockout ?? true))
    }

    /// The verdict on an expected salary and its reason, with the band's figures.
    static func judge(amount: Double, band: SalaryBand) -> (FactVerdict, LocalizedText) {
        // Russian text names the rouble by its sign, English by the code.
        // Russian groups digits with a no-break space, English with a comma.
        let russianCurrency = band.currency == "RUB" ? "₽" : band.currency
        func range(_ currency: String) -> String {
            let separator = currency == band.currency ? "," : "\u{00A0}"
            return CompactNumber.grouped(band.min, separator: separator) + "–" + CompactNumber.grouped(band.max, separator: separator)
                + "\u{00A0}" + currency
        }
        func asked(_ currency: String) -> String {
            CompactNumber.grouped(amount, separator: currency == band.currency ? "," : "\u{00A0}") + "\u{00A0}" + currency
        }
        let (ru, en) = (russianCurrency, band.currency)
        if amount <= band.max {
            return (.pass, LocalizedText(ru: "Ожидания \(asked(ru)) в пределах вилки \(range(ru))",
                                         en: "Expects \(asked(en)), within the band \(range(en))"))
        }
        if amount * 100 <= band.max * (100 + salaryDiscussPercent) {
            return (.discuss, LocalizedText(ru: "Ожидания \(asked(ru)) выше вилки \(range(ru)), но не более чем на 15 %",
                                            en: "Expects \(asked(en)), above the band \(range(en)) by at most 15 %"))
        }
        return (.fail, LocalizedText(ru: "Ожидания \(asked(ru)) выше вилки \(range(ru)) более чем на 15 %",
                                     en: "Expects \(asked(en)), more than 15 % above the band \(range(en))"))
    }
}
