import Foundation
import OtborCore

/// The report wording in one language: every fixed phrase of the reports (``ReportPhrase``, with
/// a Russian and an English text each, checked complete by the compiler), the words for the
/// values the core computes (decisions, stage kinds, agreement bands …) and the number format.
///
/// Content — competency names, questions, task texts — does not come from here but from the data,
/// through `LocalizedText.text(in:)`, in the same language (falling back to Russian).
public struct ReportStrings: Sendable {
    public let language: ContentLanguage
    let numbers: NumberFormat
    /// Dates and times in the campaign's time zone.
    public let dates: DateWording

    /// The wording of `language`, with instants shown in `timeZone`.
    public init(_ language: ContentLanguage, timeZone: TimeZone = .gmt) {
        self.language = language
        numbers = NumberFormat(language: language)
        dates = DateWording(language: language, timeZone: timeZone)
    }

    /// `count` with the noun in its plural form: "5 кандидатов", "1 stage".
    public func count(_ count: Int, _ noun: CountedNoun) -> String { noun.counted(count, in: language) }

    /// The phrase in this language.
    public subscript(_ phrase: ReportPhrase) -> String {
        language == .en ? phrase.english : phrase.russian
    }

    private func pick(_ ru: String, _ en: String) -> String { language == .en ? en : ru }

    /// A recorded decision (`advance`, `hold`, `reject`, `hire`); anything else as recorded.
    public func decision(_ decision: Decision) -> String {
        switch decision {
        case .advance: pick("пригласить на следующий этап", "advance")
        case .hold: pick("отложить", "hold")
        case .reject: pick("отказать", "reject")
        case .hire: pick("нанять", "hire")
        }
    }

    /// Why an assessor declared a conflict of interest.
    public func conflictReason(_ reason: ConflictOfInterest.Reason) -> String {
        switch reason {
        case .knows: pick("знает кандидата лично", "knows the candidate personally")
        case .formerColleague: pick("бывший коллега", "a former colleague")
        case .relative: pick("родственник", "a relative")
        case .other: pick("другая причина", "another reason")
        }
    }

    /// The hurdle status as a short cell: its CSS class (`pass`, `open`, `fail`) and text with a symbol.
    public func hurdle(_ status: HurdleResult.Status) -> (cssClass: String, text: String) {
        switch status {
        case .passed: ("pass", "✓ " + self[.passedShort])
        case .incomplete: ("open", "… " + self[.incompleteShort])
        case .failed: ("fail", "✗ " + self[.failedShort])
        }
    }

    /// The kind of a stage.
    public func stageKind(_ kind: StageKind) -> String {
        switch kind {
        case .phone: pick("телефонное интервью", "phone screen")
        case .hr: pick("интервью с HR", "HR interview")
        case .case: pick("кейс", "case")
        case .rolePlay: pick("ролевая игра", "role-play")
        case .group: pick("групповое упражнение", "group exercise")
        case .manager: pick("интервью с руководителем", "manager interview")
        case .presentation: pick("презентация", "presentation")
        case .competency: pick("интервью по компетенциям", "competency interview")
        }
    }

    /// Below, at or above the required level.
    func standing(_ standing: LevelCell.Standing) -> String {
        switch standing {
        case .below: pick("ниже требуемого уровня", "below the required level")
        case .at: pick("на требуемом уровне", "at the required level")
        case .above: pick("выше требуемого уровня", "above the required level")
        }
    }

    /// A plain reading of a DISC fit (cos Δ).
    public func fitReading(_ fit: Double) -> String {
        if fit >= 0.7 { return pick("близко к целевому стилю", "close to the target style") }
        if fit >= 0 { return pick("частично совпадает", "partly aligned") }
        return pick("далеко от целевого стиля", "far from the target style")
    }

    /// Krippendorff's band of α.
    public func krippendorff(_ band: AgreementBand.Krippendorff) -> String {
        switch band {
        case .reliable: pick("надёжно (≥ 0,800)", "reliable (≥ .800)")
        case .tentative: pick("предварительно (0,667–0,800)", "tentative (.667–.800)")
        case .unreliable: pick("ненадёжно (< 0,667)", "unreliable (< .667)")
        }
    }

    /// Koo & Li's band of an ICC.
    public func kooLi(_ band: AgreementBand.KooLi) -> String {
        switch band {
        case .poor: pick("низкая", "poor")
        case .moderate: pick("умеренная", "moderate")
        case .good: pick("хорошая", "good")
        case .excellent: pick("отличная", "excellent")
        }
    }

    /// Koo & Li's reading of an ICC interval: a band, or inconclusive across bands.
    public func kooLiInterval(_ interval: AgreementBand.KooLiInterval) -> String {
        if let band = interval.band { return kooLi(band) }
        return pick("не определена", "inconclusive") + " (" + kooLi(interval.lower) + " … " + kooLi(interval.upper) + ")"
    }

    /// What an ICC form measures.
    public func iccForm(_ form: IntraclassCorrelation.Form) -> String {
        switch form {
        case .icc1: pick("однофакторная, одна оценка", "one-way, single rating")
        case .icc2: pick("абсолютное согласие, одна оценка", "absolute agreement, single rating")
        case .icc3: pick("согласованность, одна оценка", "consistency, single rating")
        case .icc1k: pick("однофакторная, среднее k оценок", "one-way, mean of k ratings")
        case .icc2k: pick("абсолютное согласие, среднее k оценок", "absolute agreement, mean of k ratings")
        case .icc3k: pick("согласованность, среднее k оценок (α Кронбаха)", "consistency, mean of k ratings (Cronbach's α)")
        }
    }

    /// Lenient or severe.
    public func leniency(_ direction: RaterLeniency.Direction) -> String {
        switch direction {
        case .lenient: pick("завышает оценки", "lenient")
        case .severe: pick("занижает оценки", "severe")
        }
    }
}
