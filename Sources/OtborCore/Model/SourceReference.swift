/// Where a piece of content comes from in the seed documents.
public struct SourceReference: Sendable, Hashable, Codable {
    /// Seed number, such as `"002"`.
    public var seed: String
    /// Catalog ids of `seeds-catalog.md`, such as `Q002-11` or `RP-04`.
    public var ids: [String]
    /// Line range in the seed, such as `"263-271"`.
    public var lines: String?

    public init(seed: String, ids: [String] = [], lines: String? = nil) {
        self.seed = seed
        self.ids = ids
        self.lines = lines
    }
}

/// Provenance of a content element: taken from a seed, authored for Otbor, or both.
public struct Provenance: Sendable, Hashable, Codable {
    /// The seed the element is written from, if any.
    public var source: SourceReference?
    /// What was authored (levels, weights, a whole item …); `nil` when nothing was.
    public var authored: String?

    public init(source: SourceReference? = nil, authored: String? = nil) {
        self.source = source
        self.authored = authored
    }

    /// Nothing known about where the element comes from.
    public static let unknown = Provenance()
}
