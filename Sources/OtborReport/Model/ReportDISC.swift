import OtborCore

/// A candidate's DISC result for reports: graph III always, graphs I and II when the inventory was
/// taken in Otbor. Context only: weight 0.
public struct ReportDISC: Sendable, Hashable {
    public var composite: DISCFactorValues<Int>
    public var groupCount: Int
    public var most: DISCFactorValues<Int>?
    public var least: DISCFactorValues<Int>?

    public init(composite: DISCFactorValues<Int>, groupCount: Int, most: DISCFactorValues<Int>? = nil, least: DISCFactorValues<Int>? = nil) {
        self.composite = composite
        self.groupCount = groupCount
        self.most = most
        self.least = least
    }

    public var style: DISCStyleCode { DISCStyleCode(composite: composite) }

    /// cos Δ to the target's anchor (F19).
    public func fit(to target: DISCStyle) -> Double? { DISCCircumplex(composite: composite).fit(to: target) }
}
