import OtborCore

/// What a ``Diagnostic`` says, as data: each front end words it in its own language (the CLI
/// through its phrase catalogue); ``description`` is the English wording that JSON output, logs
/// and tests read. Every problem is typed; what stays as the parser wrote it is only the parser's
/// own complaint (``YAMLProblem``) and a system's reason (``WorkspaceProblem/Unreadable/other(_:)``).
public enum DiagnosticMessage: Sendable, Hashable, CustomStringConvertible {
    /// A key the mapping does not take, with the allowed key most likely meant and all it takes.
    case unknownKey(String, in: DiagnosticSubject, suggestion: String?, allowed: [String])
    /// A required key that is missing from the mapping.
    case missingKey(String, in: DiagnosticSubject)
    /// Something other than a mapping of keys to values.
    case notAMapping(DiagnosticSubject, found: DiagnosticValue)
    /// A key of the mapping that is not a plain word.
    case keyNotAWord(DiagnosticSubject, found: DiagnosticValue)
    /// The value of `key` is not what the key takes.
    case wrongValue(key: String, expected: DiagnosticExpectation, found: DiagnosticValue)
    /// The value of `key` is empty.
    case emptyValue(key: String)
    /// The list under `key` is empty.
    case emptyList(key: String)
    /// A scoresheet answer to the rated step `key` that is not a rating (1–5, or n for not assessed).
    case notARating(key: String, found: DiagnosticValue)
    /// A whole number off the rating scale, given for the step `key`.
    case ratingOffScale(key: String, rating: Int)
    /// A scoresheet answer under a key that is not a step of the guide: the step most likely meant,
    /// else the guide's steps.
    case unknownStep(String, guide: String, suggestion: String?, steps: [String])
    /// A required competency that fewer than `minimum` stages of the process measure (a warning).
    case undercovered(String, stages: [String], minimum: Int)
    /// A file over its size limit, in bytes (``DataFile``), refused before it is read whole.
    case fileTooLarge(limit: Int)
    /// A YAML file with more lines and flow items than ``DataFile/yamlNodeLimit``, refused at the
    /// line where the count passes the limit, before it is parsed.
    case tooManyNodes(limit: Int)
    /// A problem particular to a scoresheet: its candidates, the profile and guide it names, its
    /// red flags and the answers only some kinds of step take.
    case scoresheet(ScoresheetProblem)
    /// A problem particular to the content files: texts, levels, weights, targets, catalog ids, times of day.
    case content(ContentProblem)
    /// A problem between files (unknown references, the assessment-centre warnings) or with reading one.
    case workspace(WorkspaceProblem)
    /// A file that is not YAML Otbor can read: its bytes, its nesting, the parser's complaint.
    case yaml(YAMLProblem)
    /// A problem particular to the letter templates (`Letters/letters.yaml`).
    case letter(LetterProblem)

    public var description: String {
        switch self {
        case .unknownKey(let key, let subject, let suggestion, let allowed):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "unknown key '\(key)' in \(subject); \(hint)expected one of: \(allowed.joined(separator: ", "))"
        case .missingKey(let key, let subject):
            return "missing required key '\(key)' in \(subject)"
        case .notAMapping(let subject, let found):
            return "\(subject) must be a mapping of keys to values, found \(found)"
        case .keyNotAWord(let subject, let found):
            return "keys of \(subject) must be plain words, found \(found)"
        case .wrongValue(let key, let expected, let found):
            return "'\(key)' must be \(expected), found \(found)"
        case .emptyValue(let key):
            return "'\(key)' must not be empty"
        case .emptyList(let key):
            return "'\(key)' must not be an empty list"
        case .notARating(let key, let found):
            return "'\(key)' takes \(Self.ratingForm), found \(found)"
        case .ratingOffScale(let key, let rating):
            return "rating \(rating) of '\(key)' is outside the scale; write \(Self.ratingForm)"
        case .unknownStep(let key, let guide, let suggestion, let steps):
            let hint = suggestion.map { "did you mean '\($0)'?" } ?? "its steps are: \(steps.joined(separator: ", "))"
            return "unknown step '\(key)' in guide '\(guide)'; \(hint)"
        case .undercovered(let competency, let stages, let minimum):
            let measuredBy = stages.isEmpty ? "no stage" : "only \(stages.joined(separator: ", "))"
            return "required competency '\(competency)' is measured by \(measuredBy); "
                + "measure it in at least \(minimum) stages of the process"
        case .fileTooLarge(let limit):
            return "the file is larger than \(limit) bytes (\(limit >> 20) MiB), more than any data file of Otbor needs; split it or trim it"
        case .tooManyNodes(let limit):
            return "the file has more than \(limit) lines and list items, more than any data file of Otbor needs; split it or trim it"
        case .scoresheet(let problem):
            return problem.description
        case .content(let problem):
            return problem.description
        case .workspace(let problem):
            return problem.description
        case .yaml(let problem):
            return problem.description
        case .letter(let problem):
            return problem.description
        }
    }

    /// How a rating is written on a scoresheet.
    private static var ratingForm: String { "a rating \(RatingScale.minimum)–\(RatingScale.maximum) or n (not assessed)" }
}
