/// A group of job functions (duties) as the source document groups them.
public struct FunctionGroup: Sendable, Hashable, Codable {
    public var group: LocalizedText
    public var items: [LocalizedText]

    public init(group: LocalizedText, items: [LocalizedText]) {
        self.group = group
        self.items = items
    }
}
