/// What a diagnostic says when the problem lies between files: a reference to an id no file
/// defines, a missing library, a file the system would not give, and the assessment-centre
/// warnings. `description` is the English wording.
public enum WorkspaceProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where a reference to another file's id stands.
    public enum Place: Sendable, Hashable, CustomStringConvertible {
        case requirement, knockOutRule, process, assessmentTool
        /// A profile's `afterDecision`: the stages after the decision.
        case afterDecision
        /// A guide's `for`: the profiles it is written for.
        case writtenFor
        /// A guide item, by its id (`nil` when it has none).
        case item(String?)

        public var description: String {
            switch self {
            case .requirement: "requirement"
            case .knockOutRule: "knock-out rule"
            case .process: "process"
            case .afterDecision: "stages after the decision"
            case .assessmentTool: "assessment tool"
            case .writtenFor: "the guide's `for`"
            case .item(let id): "item '\(id ?? "?")'"
            }
        }
    }

    /// Why the system would not give a file's bytes.
    public enum Unreadable: Sendable, Hashable, CustomStringConvertible {
        case notFound
        case permissionDenied
        case isAFolder
        /// Another reason, as the system words it.
        case other(String)

        public var description: String {
            switch self {
            case .notFound: "there is no such file"
            case .permissionDenied: "permission denied"
            case .isAFolder: "it is a folder"
            case .other(let reason): reason
            }
        }
    }

    /// What kind of internal id a text meant for people holds.
    public enum InternalID: String, Sendable, Hashable, CustomStringConvertible {
        case catalogueID, yamlKey, guide, profile, competency

        public var description: String {
            switch self {
            case .catalogueID: "the catalogue id"
            case .yamlKey: "the YAML key"
            case .guide: "the guide id"
            case .profile: "the profile id"
            case .competency: "the competency id"
            }
        }
    }

    /// A competency no library entry defines, with the id most likely meant.
    case unknownCompetency(String, in: Place, suggestion: String?)
    /// A guide with no file in `Interviews/`, with the id most likely meant.
    case unknownGuide(String, in: Place, suggestion: String?)
    /// A profile with no file in `Profiles/`, with the id most likely meant.
    case unknownProfile(String, in: Place, suggestion: String?)
    /// A red flag no guide of the process defines, with the id most likely meant.
    case unknownRedFlag(String, suggestion: String?)
    /// `Profiles/competencies.yaml` is not there.
    case libraryMissing
    /// The file could not be read.
    case unreadable(Unreadable)
    /// A guide that rates more competencies than assessors rate reliably in one stage (a warning).
    case tooManyCompetencies(guide: String, competencies: [String], limit: Int)
    /// A guide that is a stage of the process more than once (a warning).
    case repeatedStage(guide: String)
    /// Text meant for people that holds an internal id (a warning).
    case internalID(String, InternalID)
    /// A question that asks about a protected characteristic, by the word that raises it (a warning).
    case protectedTopic(String, ProtectedTopic)
    /// A stage whose guide declares (`for`) other profiles than the one whose process uses it (a warning).
    case guideForOtherProfiles(guide: String, writtenFor: [String])
    /// A fact step of a stage on a topic the profile's `screening` does not name (a warning).
    case factNotScreened(guide: String, item: String, topic: String)
    /// A salary fact in the process of a profile without a `salary` band to judge it against.
    case salaryFactWithoutBand(guide: String, item: String)
    /// A profile that scores fewer or more requirements than assessors separate (a warning).
    case scoredRequirementCount(Int, minimum: Int, maximum: Int)
    /// A process with more stages than candidates finish (a warning).
    case tooManyStages(Int, limit: Int)
    /// A process that takes more of a candidate's time than the limit, in minutes (a warning).
    case tooLongForCandidate(minutes: Int, limitHours: Double)

    public var description: String {
        switch self {
        case .unknownCompetency(let id, let place, let suggestion):
            "unknown competency '\(id)' in \(place)" + Self.hint(suggestion)
        case .unknownGuide(let id, let place, let suggestion):
            "unknown guide '\(id)' in \(place); no file Interviews/\(id).yaml" + Self.hint(suggestion)
        case .unknownProfile(let id, let place, let suggestion):
            "unknown profile '\(id)' in \(place); no file Profiles/\(id).yaml" + Self.hint(suggestion)
        case .unknownRedFlag(let id, let suggestion):
            "unknown red flag '\(id)'; no guide of the process defines it" + Self.hint(suggestion)
        case .libraryMissing:
            "the competency library is missing"
        case .unreadable(let reason):
            "cannot read the file: \(reason)"
        case .tooManyCompetencies(let guide, let competencies, let limit):
            "guide '\(guide)' rates \(competencies.count) competencies (\(competencies.joined(separator: ", "))); "
                + "assessors rate reliably at most \(limit) per stage"
        case .repeatedStage(let guide):
            "guide '\(guide)' appears more than once in the process"
        case .internalID(let id, let kind):
            "text meant for people contains \(kind) '\(id)', which people do not know; say in words what it stands for"
                + (kind == .catalogueID ? " and keep the id in `source`" : "")
        case .protectedTopic(let word, let topic):
            "the question asks about \(topic) ('\(word)'), which an employer may not ask a candidate about "
                + "(Labour Code of Russia, art. 3 and 64); ask about what the job requires"
        case .factNotScreened(let guide, let item, let topic):
            "fact '\(item)' of guide '\(guide)' is about '\(topic)', which this profile's `screening` does not name; "
                + "add the requirement to `screening` or use a guide written for this profile"
        case .salaryFactWithoutBand(let guide, let item):
            "salary fact '\(item)' of guide '\(guide)' needs the profile's `salary` band (min, max, currency, period, setBy)"
        case .scoredRequirementCount(let count, let minimum, let maximum):
            "the profile scores \(count) requirements; assessors separate \(minimum)–\(maximum - 1) dimensions, so score "
                + "\(minimum) to \(maximum) and mark the rest 'use: context' (shown with their evidence, not in S)"
        case .tooManyStages(let count, let limit):
            "the process has \(count) stages; seed 002 runs a process in 2 to \(limit) stages: merge stages or make some optional"
        case .tooLongForCandidate(let minutes, let limit):
            "the process takes \(Self.tenths(Double(minutes) / 60)) hours of a candidate's time "
                + "(\(minutes) minutes); keep it within \(limit == limit.rounded() ? String(Int(limit)) : String(limit)) hours"
        case .guideForOtherProfiles(let guide, let profiles):
            "guide '\(guide)' is written for \(profiles.joined(separator: ", ")), not for this profile; "
                + "use a variant written for this profile or add it to the guide's `for`"
        }
    }

    /// `value` to one decimal, `8.1`.
    private static func tenths(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
