/// What a scoresheet diagnostic says when the problem is particular to scoresheets (the generic
/// ones, such as a missing key or a rating off the scale, are ``DiagnosticMessage`` cases).
/// `description` is the English wording.
public enum ScoresheetProblem: Sendable, Hashable, CustomStringConvertible {
    // Candidates, resolved against the database
    /// A candidate written as an id number no candidate has.
    case noCandidateWithID(Int64)
    /// A candidate written as a name no candidate has, with the known name most likely meant.
    case noCandidateNamed(String, suggestion: String?)
    /// A candidate written as a name several candidates have, with their ids.
    case ambiguousCandidate(String, ids: [Int64])
    /// A second sheet for the same candidate; the first is at `firstLine`.
    case repeatedSheet(candidate: Int64, name: String, firstLine: Int)
    /// A candidate the assessor already has a session for on this guide.
    case existingSession(assessor: String, session: Int64, candidate: Int64, name: String, guide: String)

    // The file
    /// A profile the workspace does not have: the id most likely meant, else all it has.
    case unknownProfile(String, suggestion: String?, known: [String])
    /// A guide the workspace does not have: the id most likely meant, else all it has.
    case unknownGuide(String, suggestion: String?, known: [String])
    /// A guide that is not a stage of the profile's process, with the stages' guides.
    case notAStage(guide: String, profile: String, stages: [String])
    /// Several sheets for a guide that takes one candidate at a time.
    case oneCandidatePerSheet(guide: String, sheets: Int)
    /// More sheets than one scoresheet may hold (``Scoresheet/sheetLimit``); none of them is read.
    case tooManySheets(sheets: Int, limit: Int)
    /// Steps a sheet leaves unanswered, which count as not assessed (a warning).
    case unanswered([String])
    /// A red flag the guide does not define: the one most likely meant, else the guide's (none when empty).
    case unknownRedFlag(String, guide: String, suggestion: String?, known: [String])
    /// A red flag listed twice on one sheet.
    case repeatedRedFlag(String)
    /// A sheet's `candidate` that is not an id number or a name.
    case notACandidate(found: DiagnosticValue)
    /// A date (`conducted`) not written yyyy-mm-dd.
    case notADate(key: String, found: String)
    /// A date after today.
    case dateInFuture(key: String, date: String, today: String)

    // Answers
    /// `answers` is not a mapping.
    case answersNotAMapping(found: DiagnosticValue)
    /// A key of `answers` that is not a plain step key.
    case stepKeyNotAWord(found: DiagnosticValue)
    /// An item's key where only its parts are steps (`type` is the item's type, such as `role-play`).
    case notAQuestion(key: String, type: String, steps: [String])
    /// A criterion of a question, which is rated whole.
    case noCriteria(question: String)
    /// A criterion the item does not have: the step most likely meant, else the item's steps.
    case unknownCriterion(String, type: String, item: String, suggestion: String?, steps: [String])
    /// A step the item does not have: the step most likely meant, else the item's steps.
    case unknownItemStep(String, type: String, item: String, suggestion: String?, steps: [String])
    /// A checklist answer that is not a list.
    case notTicked(key: String, found: DiagnosticValue)
    /// A behaviour the checklist does not have: the one most likely meant, else all it has.
    case unknownBehaviour(String, key: String, suggestion: String?, known: [String])
    /// A behaviour ticked twice.
    case repeatedBehaviour(String, key: String)
    /// A classification answer that is not one word.
    case notAnOption(key: String, options: [String], found: DiagnosticValue)
    /// An option the classification does not have: the one most likely meant, else all it has.
    case unknownOption(String, key: String, suggestion: String?, known: [String])
    /// A salary fact's answer that is not a whole non-negative amount.
    case notAnAmount(key: String, found: DiagnosticValue)
    /// A plan answer that is not a list.
    case notAPlan(key: String, found: DiagnosticValue)
    /// A task the working day does not have: the one most likely meant, else all it has.
    case unknownTask(String, key: String, suggestion: String?, known: [String])
    /// A task planned twice; the first is at `firstLine`.
    case repeatedTask(String, firstLine: Int)
    /// A dropped task given minutes.
    case droppedWithMinutes(task: String)
    /// A plan line with neither minutes nor `dropped: true`.
    case planLineNeedsMinutes(task: String)
}

extension ScoresheetProblem {
    public var description: String {
        switch self {
        case .noCandidateWithID(let id):
            return "no candidate with id \(id); `otbor candidates list` shows the ids"
        case .noCandidateNamed(let name, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'?" } ?? "`otbor candidates list` shows who is in the database"
            return "no candidate named '\(name)'; \(hint)"
        case .ambiguousCandidate(let name, let ids):
            return "\(ids.count) candidates are named '\(name)' (ids \(ids.map(String.init).joined(separator: ", "))); write the id instead"
        case .repeatedSheet(let candidate, let name, let firstLine):
            return "candidate \(candidate) (\(name)) already has a sheet at line \(firstLine); \(Self.oncePerGuide)"
        case .existingSession(let assessor, let session, let candidate, let name, let guide):
            return "\(assessor) already has session \(session) for candidate \(candidate) (\(name)) on guide '\(guide)'; \(Self.oncePerGuide)"
        case .unknownProfile(let id, let suggestion, let known):
            return "unknown profile '\(id)'; " + (suggestion.map { "did you mean '\($0)'?" } ?? "known profiles: \(known.joined(separator: ", "))")
        case .unknownGuide(let id, let suggestion, let known):
            return "unknown guide '\(id)'; " + (suggestion.map { "did you mean '\($0)'?" } ?? "known guides: \(known.joined(separator: ", "))")
        case .notAStage(let guide, let profile, let stages):
            return "guide '\(guide)' is not a stage of profile '\(profile)'; its stages are: \(stages.joined(separator: ", "))"
        case .oneCandidatePerSheet(let guide, let sheets):
            return "guide '\(guide)' takes one candidate per scoresheet (\(sheets) sheets); only a group guide takes a sheet per candidate"
        case .tooManySheets(let sheets, let limit):
            return "a scoresheet holds at most \(limit) sheets, this one \(sheets); split it into several files"
        case .unanswered(let steps):
            let count = steps.count == 1 ? "1 step not answered; it counts" : "\(steps.count) steps not answered; they count"
            return "\(count) as not assessed: \(steps.joined(separator: ", "))"
        case .unknownRedFlag(let id, let guide, let suggestion, let known):
            let hint = known.isEmpty ? "; the guide defines no red flags"
                : suggestion.map { "; did you mean '\($0)'?" } ?? "; its red flags are: \(known.joined(separator: ", "))"
            return "unknown red flag '\(id)' of guide '\(guide)'\(hint)"
        case .repeatedRedFlag(let id):
            return "red flag '\(id)' is listed twice"
        case .notACandidate(let found):
            return "'candidate' must be a candidate's id or full name, found \(found)"
        case .notADate(let key, let found):
            return "'\(key)' must be a date written yyyy-mm-dd, found '\(found)'"
        case .dateInFuture(let key, let date, let today):
            return "'\(key)' is \(date), after today (\(today))"
        case .answersNotAMapping(let found):
            return "'answers' must be a mapping of step keys to answers, found \(found)"
        case .stepKeyNotAWord(let found):
            return "keys of 'answers' must be step keys such as 'conflict' or 'angry-client/tone', found \(found)"
        case .notAQuestion(let key, let type, let steps):
            return "'\(key)' is a \(type) item, not a question; \(Self.list("steps", steps))"
        case .noCriteria(let question):
            return "question '\(question)' has no criteria; rate it as '\(question)'"
        case .unknownCriterion(let criterion, let type, let item, let suggestion, let steps):
            return "unknown criterion '\(criterion)' of \(type) '\(item)'; \(Self.hint(suggestion, "steps", steps))"
        case .unknownItemStep(let key, let type, let item, let suggestion, let steps):
            return "\(type) '\(item)' has no step '\(key)'; \(Self.hint(suggestion, "steps", steps))"
        case .notTicked(let key, let found):
            return "'\(key)' takes the list of behaviours ticked ([] for none), found \(found)"
        case .unknownBehaviour(let id, let key, let suggestion, let known):
            return "unknown behaviour '\(id)' in '\(key)'; \(Self.hint(suggestion, "behaviours", known))"
        case .repeatedBehaviour(let id, let key):
            return "behaviour '\(id)' is ticked twice in '\(key)'"
        case .notAnOption(let key, let options, let found):
            return "'\(key)' takes one option (\(options.joined(separator: ", "))) or n (not assessed), found \(found)"
        case .unknownOption(let id, let key, let suggestion, let known):
            return "unknown option '\(id)' of '\(key)'; \(Self.hint(suggestion, "options", known))"
        case .notAnAmount(let key, let found):
            return "'\(key)' takes the amount named, a whole number such as 150000, or n (not asked), found \(found)"
        case .notAPlan(let key, let found):
            return "'\(key)' takes the candidate's plan: a list of {task, minutes} or {task, dropped: true}, found \(found)"
        case .unknownTask(let task, let key, let suggestion, let known):
            return "unknown task '\(task)' in '\(key)'; \(Self.hint(suggestion, "tasks", known))"
        case .repeatedTask(let task, let firstLine):
            return "task '\(task)' is already in the plan at line \(firstLine)"
        case .droppedWithMinutes(let task):
            return "task '\(task)' is dropped, so it takes no 'minutes'"
        case .planLineNeedsMinutes(let task):
            return "plan line of task '\(task)' needs 'minutes', or 'dropped: true' when the candidate drops it"
        }
    }

    private static let oncePerGuide = "one assessor scores a candidate once per guide"

    /// "did you mean 'x'?", else "its steps are: a, b".
    private static func hint(_ suggestion: String?, _ what: String, _ known: [String]) -> String {
        suggestion.map { "did you mean '\($0)'?" } ?? list(what, known)
    }

    private static func list(_ what: String, _ known: [String]) -> String {
        "its \(what) are: \(known.joined(separator: ", "))"
    }
}
