/// The factors a candidate marked in one group of the inventory, as stored: "most like me" and
/// "least like me".
public struct DISCChoice: Sendable, Hashable, Codable {
    public var most: DISCFactor
    public var least: DISCFactor

    public init(most: DISCFactor, least: DISCFactor) {
        self.most = most
        self.least = least
    }
}
