/// What was decided on an application.
public enum Decision: String, Sendable, Hashable, Codable, CaseIterable {
    case advance
    case hold
    case reject
    case hire

    /// Decisions that end the purpose of processing (F21): the selection is over for the candidate,
    /// so the retention clock starts. `advance` and `hold` keep the candidate in the process.
    public var isFinal: Bool { self == .reject || self == .hire }

    /// Decisions that count as being selected at a stage, for adverse-impact checks (F20).
    public var isSelection: Bool { self == .advance || self == .hire }

    /// The accepted values as people type them: `advance, hold, reject, hire`.
    public static var listed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
