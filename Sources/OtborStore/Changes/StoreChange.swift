import OtborCore

/// A committed write that can move a live board, named by what it touched and never by whom:
/// `session:12`, `answer:12`, `sitting:group-…`, `candidate:7`. Readers treat every change as
/// "look again"; `answer:` (an answer saved, which only moves a session's progress) may wait a
/// little. Readers parse a subject with ``target``.
public struct StoreChange: Sendable, Hashable, CustomStringConvertible {
    public var subject: String

    public init(subject: String) {
        self.subject = subject
    }

    /// What a change names: its kind (`session`, `answer`, `candidate`, `sitting`) and value.
    public struct Target: Sendable, Hashable {
        public var kind: Substring
        public var value: Substring
    }

    /// The kind and value of the subject; `nil` for a subject without a colon.
    public var target: Target? {
        guard let colon = subject.firstIndex(of: ":") else { return nil }
        return Target(kind: subject[..<colon], value: subject[subject.index(after: colon)...])
    }

    /// An answer saved in a session: the session's progress moved, nothing else.
    public var isProgress: Bool { target?.kind == "answer" }

    /// Sent when a feed (re)connects: changes may have been missed meanwhile, so look again.
    public static let resumed = StoreChange(subject: "feed:resumed")

    /// An answer was saved in a session.
    public static func answer(_ id: SessionID) -> StoreChange { StoreChange(subject: "answer:\(id)") }

    public var description: String { subject }
}
