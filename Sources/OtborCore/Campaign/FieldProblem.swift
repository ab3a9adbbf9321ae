/// What is wrong with one value a person typed, worded for them: the field (an option such as
/// `--email`, or a form or JSON field) and what is accepted. ``kind`` holds the problem as data,
/// for a front end that words it in its own language; ``message`` is the English wording.
public struct FieldProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problem as data.
    public enum Kind: Sendable, Hashable {
        /// A day after today.
        case inFuture(CalendarDate, today: CalendarDate)
        /// Text refused by its field's rule (``TextField``); `.empty` for a one-line field left blank.
        case refused(TextProblem)
        /// Not an e-mail address; `atSigns` when it does not have exactly one @.
        case notAnEmail(String, atSigns: Int?)
        /// Not a phone number.
        case notAPhone(String)
        /// A problem a front end words itself, in ``FieldProblem/message``.
        case other
    }

    /// The field as the front end named it.
    public var field: String
    public var kind: Kind
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.kind = .other
        self.message = message
    }

    /// The problem `kind` with `field`, worded in English.
    public init(field: String, _ kind: Kind) {
        self.field = field
        self.kind = kind
        message = switch kind {
        case .inFuture(let date, let today): "\(field) \(date) lies in the future; give the day it happened (today is \(today))"
        case .refused(.empty): "\(field) is empty; leave it out instead"
        case .refused(let problem): "\(field) is refused: \(problem)"
        case .notAnEmail(let address, let signs?): "\(field) '\(address)' is not an e-mail address (\(signs) @ signs); \(Self.emailForm)"
        case .notAnEmail(let address, nil): "\(field) '\(address)' is not an e-mail address; \(Self.emailForm)"
        case .notAPhone(let phone): "\(field) '\(phone)' is not a phone number; use digits with an optional leading +, "
            + "spaces, hyphens or parentheses (5 to 15 digits), such as +7 912 345-67-89"
        case .other: ""
        }
    }

    private static let emailForm = "use an address like name@example.com: one @, no spaces, a domain with a dot whose last part has at least 2 characters"

    public var description: String { message }
}
