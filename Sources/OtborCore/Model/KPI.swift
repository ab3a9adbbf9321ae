/// A key performance indicator of a job profile; the target is optional.
public struct KPI: Sendable, Hashable, Codable, Identifiable {
    /// Who the indicator belongs to in a split role.
    public enum Holder: String, Sendable, Hashable, Codable, CaseIterable {
        case specialist, manager, team
    }

    public var id: String
    public var name: LocalizedText
    public var holder: Holder?
    public var target: KPITarget?
    public var period: LocalizedText?
    public var metrics: [LocalizedText]
    public var note: LocalizedText?

    public init(
        id: String, name: LocalizedText, holder: Holder? = nil, target: KPITarget? = nil,
        period: LocalizedText? = nil, metrics: [LocalizedText] = [], note: LocalizedText? = nil
    ) {
        self.id = id
        self.name = name
        self.holder = holder
        self.target = target
        self.period = period
        self.metrics = metrics
        self.note = note
    }
}

/// A numeric KPI target such as "≥ 80 %" or "5–8 per quarter".
public struct KPITarget: Sendable, Hashable, Codable {
    /// How the measured value is compared with the target.
    public enum Comparator: String, Sendable, Hashable, Codable, CaseIterable {
        case atLeast = ">="
        case atMost = "<="
        case equal = "="
        case range = "range"
        case reduceBy = "reduce-by"
    }

    public var comparator: Comparator
    /// The target, or the lower bound of a range.
    public var value: Double
    /// The upper bound of a range.
    public var max: Double?
    public var unit: String?

    public init(comparator: Comparator, value: Double, max: Double? = nil, unit: String? = nil) {
        self.comparator = comparator
        self.value = value
        self.max = max
        self.unit = unit
    }

    /// A short human-readable form, such as `≥ 80 %` or `5–8`.
    public var summary: String {
        let unitSuffix = unit.map { $0 == "%" ? " %" : " \($0)" } ?? ""
        let number = CompactNumber.format(value)
        switch comparator {
        case .atLeast: return "≥ \(number)\(unitSuffix)"
        case .atMost: return "≤ \(number)\(unitSuffix)"
        case .equal: return "= \(number)\(unitSuffix)"
        case .range: return "\(number)–\(CompactNumber.format(max ?? value))\(unitSuffix)"
        case .reduceBy: return "−\(number)\(unitSuffix)"
        }
    }
}
