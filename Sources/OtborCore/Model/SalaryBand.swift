/// The pay range of a profile, against which a salary fact is judged (``FactOutcome``).
public struct SalaryBand: Sendable, Hashable, Codable {
    /// The time the amounts are paid for.
    public enum Period: String, Sendable, Hashable, Codable, CaseIterable {
        case month, year
    }

    /// Who set the figures: the employer, or a placeholder authored until the employer sets them.
    public enum Setter: String, Sendable, Hashable, Codable, CaseIterable {
        case employer, placeholder
    }

    public var min: Double
    public var max: Double
    /// ISO 4217 code, such as `RUB`.
    public var currency: String
    public var period: Period
    public var setBy: Setter
    public var note: LocalizedText?

    public init(min: Double, max: Double, currency: String, period: Period = .month, setBy: Setter = .employer,
                note: LocalizedText? = nil) {
        self.min = min
        self.max = max
        self.currency = currency
        self.period = period
        self.setBy = setBy
        self.note = note
    }

    /// Whether an expected salary lies inside the band.
    public func contains(_ amount: Double) -> Bool { amount >= min && amount <= max }
}

extension SalaryBand {
    /// Reads a band, also one recorded before bands had a period and a setter (a month, set by the employer).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(min: try container.decode(Double.self, forKey: .min), max: try container.decode(Double.self, forKey: .max),
                  currency: try container.decode(String.self, forKey: .currency),
                  period: try container.decodeIfPresent(Period.self, forKey: .period) ?? .month,
                  setBy: try container.decodeIfPresent(Setter.self, forKey: .setBy) ?? .employer,
                  note: try container.decodeIfPresent(LocalizedText.self, forKey: .note))
    }
}
