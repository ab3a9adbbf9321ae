/// What is wrong with one value a person typed, worded for them: the field (an option such as
/// `--email`, or a form or JSON field) and what is accepted.
public struct FieldProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field as the front end named it.
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}
