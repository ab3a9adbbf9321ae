/// What the key of a ``DiagnosticMessage/wrongValue(key:expected:found:)`` takes. `description`
/// is the English wording, as it follows "must be".
public enum DiagnosticExpectation: Sendable, Hashable, CustomStringConvertible {
    case string
    /// A lower-case id of letters a–z, digits and '-'.
    case identifier
    case integer(ClosedRange<Int>?)
    /// A finite number.
    case number
    /// A number greater than zero.
    case positive
    case boolean
    /// One of the listed values.
    case oneOf([String])
    case list

    public var description: String {
        switch self {
        case .string: "a string"
        case .identifier: "a lower-case id of letters a–z, digits and '-'"
        case .integer(nil): "an integer"
        case .integer(let range?): "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .number: "a number"
        case .positive: "greater than zero"
        case .boolean: "true or false"
        case .oneOf(let values): "one of \(values.joined(separator: ", "))"
        case .list: "a list"
        }
    }
}
