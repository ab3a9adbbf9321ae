/// The pay range of a profile.
public struct SalaryBand: Sendable, Hashable, Codable {
    public var min: Double
    public var max: Double
    /// ISO 4217 code, such as `RUB`.
    public var currency: String
    public var note: LocalizedText?

    public init(min: Double, max: Double, currency: String, note: LocalizedText? = nil) {
        self.min = min
        self.max = max
        self.currency = currency
        self.note = note
    }

    /// Whether an expected salary lies inside the band.
    public func contains(_ amount: Double) -> Bool { amount >= min && amount <= max }
}
