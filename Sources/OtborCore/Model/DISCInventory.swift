/// A forced-choice DISC inventory: in each group the candidate picks one option most and one least like them.
public struct DISCInventory: Sendable, Hashable, Codable {
    /// Four options, one keyed to each factor.
    public struct Group: Sendable, Hashable, Codable, Identifiable {
        public var id: String
        /// The options in the order the file lists them.
        public var options: [Option]

        public init(id: String, options: [Option]) {
            self.id = id
            self.options = options
        }

        /// The option keyed to `factor`.
        public func option(_ factor: DISCFactor) -> Option? { options.first { $0.factor == factor } }
    }

    /// One option and the factor it is keyed to.
    public struct Option: Sendable, Hashable, Codable {
        public var factor: DISCFactor
        public var text: LocalizedText

        public init(factor: DISCFactor, text: LocalizedText) {
            self.factor = factor
            self.text = text
        }
    }

    public var id: String
    public var title: LocalizedText
    public var instructions: LocalizedText?
    public var groups: [Group]
    public var provenance: Provenance

    public init(
        id: String, title: LocalizedText, instructions: LocalizedText? = nil, groups: [Group],
        provenance: Provenance = .unknown
    ) {
        self.id = id
        self.title = title
        self.instructions = instructions
        self.groups = groups
        self.provenance = provenance
    }
}
