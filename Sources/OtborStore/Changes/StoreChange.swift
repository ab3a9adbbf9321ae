/// A committed write that can move a live board, named by what it touched and never by whom:
/// `session:12`, `sitting:group-…`, `candidate:7`. Readers treat every change as "look again";
/// the subject is for logs and tests.
public struct StoreChange: Sendable, Hashable, CustomStringConvertible {
    public var subject: String

    public init(subject: String) {
        self.subject = subject
    }

    /// Sent when a feed (re)connects: changes may have been missed meanwhile, so look again.
    public static let resumed = StoreChange(subject: "feed:resumed")

    public var description: String { subject }
}
