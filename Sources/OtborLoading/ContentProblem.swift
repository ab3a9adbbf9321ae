import OtborCore

/// What a diagnostic says when the problem is particular to the content files (profiles, guides,
/// the competency library, the DISC inventory): texts, levels, weights, targets, catalog ids,
/// times of day and the rules between keys of one entry. The generic problems (a missing key, a
/// value of the wrong kind) are ``DiagnosticMessage`` cases. `description` is the English wording.
public enum ContentProblem: Sendable, Hashable, CustomStringConvertible {
    /// An entry of a list whose ids must differ, for ``duplicateID(_:of:)``.
    public enum Entry: String, Sendable, Hashable, CaseIterable {
        case competency, discGroup = "DISC group", checklist, criterion, item, option, redFlag = "red flag", task
    }

    // Values
    /// A text that is neither a string nor a mapping with `ru` and `en`.
    case notText(key: String, found: DiagnosticValue)
    /// A refused text (a control character, too long, nothing visible), by Core's ``TextField`` rule.
    case refused(key: String, TextProblem)
    /// A `seed` that is none of the seed files.
    case unknownSeed(String, known: [String])
    /// An id that is not of the form of `seeds-catalog.md`.
    case notACatalogID(String)
    /// Anchors that are not a mapping of levels to texts.
    case notALevelMapping(key: String, found: DiagnosticValue)
    /// A key of anchors that is not a level.
    case notALevel(key: String, found: DiagnosticValue)
    /// A level off the rating scale.
    case levelOffScale(Int, key: String)
    /// Anchors that leave levels out.
    case missingLevels(key: String, [Int])
    /// Weights that are not a non-empty mapping of competency ids to numbers.
    case notAWeightMapping(key: String, found: DiagnosticValue)
    /// A key of a weights mapping that is not a competency id.
    case notACompetencyID(found: DiagnosticValue)
    /// An id that an earlier entry of the same list already has.
    case duplicateID(String, of: Entry)
    /// A time of day not written `HH:MM`.
    case notATimeOfDay(key: String, found: String)
    /// A DISC code with letters other than D, I, S, C, or one twice.
    case notADISCCode(String)
    /// A language that is not a two-letter ISO 639-1 code.
    case notALanguageCode(String)

    // Guides
    /// A guide item that is not a mapping.
    case itemNotAMapping(found: DiagnosticValue)
    /// A guide item without `type`, with the types there are.
    case itemWithoutType(types: [String])
    /// A guide item that neither records its `source` nor says it is `authored` (`nil`: no id).
    case itemWithoutSource(item: String?)
    /// A classification with fewer than two options.
    case tooFewOptions
    /// A salary fact with options: it records an amount judged against the profile's band.
    case salaryFactWithOptions
    /// A fact (other than salary) with fewer than two options.
    case tooFewFactOptions
    /// A group exercise whose `max` participants is below its `min`.
    case participantsMaxBelowMin(max: Int, min: Int)
    /// An item of `alternatives` that is not an item of the guide, with the items there are.
    case unknownAlternative(String, items: [String])
    /// An item in two groups of `alternatives`.
    case alternativeTwice(String)
    /// A group of `alternatives` whose `run` is larger than its items.
    case runLargerThanGroup(run: Int, items: Int)
    /// A working day that ends before it starts.
    case dayEndsBeforeStart(start: String, end: String)
    /// A tolerance of estimates that is not a share above 0 (and below 10).
    case toleranceNotAShare(Double)

    // Profiles
    /// A file whose `id` is not its name.
    case idNotFileName(id: String, stem: String)
    /// A `range` target without `max`.
    case rangeWithoutMax
    /// A target whose `max` is below its `value`.
    case maxBelowValue(max: Double, value: Double)
    /// A competency required twice.
    case requiredTwice(String)
    /// A salary whose `max` is below its `min`.
    case salaryMaxBelowMin(max: Double, min: Double)
    /// A negative salary `min`.
    case negativeSalary
    /// A knock-out rule on a competency the profile does not require.
    case knockOutNotRequired(String)
    /// A knock-out rule's `below` off the rating scale.
    case belowOffScale(Double)
    /// A knock-out rule with neither `competency` and `below` nor `flag`, or with both.
    case knockOutWithoutRule
    /// A requirement that is both `critical` and `use: context`: a hurdle must be scored.
    case criticalContext(String)
    /// A knock-out rule on a `use: context` requirement: a knock-out must rest on a scored one.
    case knockOutOnContext(String)
    /// Process entries of one `visit` that do not follow one another.
    case visitApart(String)
    /// A `visit` with some entries `optional` and some not.
    case visitPartlyOptional(String)
    /// A knock-out "below v" on a critical requirement of level r with v ≤ r: the hurdle already
    /// fails every score it would (at the default tolerance 0), so it never fires on its own.
    case knockOutUnderHurdle(String, below: Double, level: Int)
    /// A guide in `afterDecision` that is also a stage of the process.
    case afterDecisionInProcess(String)
    /// A guide named twice in `afterDecision`.
    case afterDecisionTwice(String)
    /// A requirement's hurdle `tolerance` outside 0 ≤ τ < 1.
    case hurdleToleranceOutOfRange(Double)
    /// A `tolerance` on a requirement that is not a hurdle (not critical, or context).
    case toleranceWithoutHurdle(String)
    /// A critical requirement at level 4 or more without a stated `tolerance` (a warning).
    case highHurdleWithoutTolerance(String, level: Int)

    public var description: String {
        switch self {
        case .notText(let key, let found):
            "'\(key)' must be text (a string or a mapping with 'ru' and 'en'), found \(found)"
        case .refused(let key, let problem):
            "'\(key)' is refused: \(problem)"
        case .unknownSeed(let seed, let known):
            "'seed' must be one of \(known.map { "\"\($0)\"" }.joined(separator: ", ")), found '\(seed)'"
        case .notACatalogID(let value):
            "'\(value)' is not a catalog id of seeds-catalog.md (such as Q002-11, RP-04, CASE-06, GRP-07)"
        case .notALevelMapping(let key, let found):
            "'\(key)' must be a mapping of levels 1–5 to texts, found \(found)"
        case .notALevel(let key, let found):
            "keys of '\(key)' must be levels 1–5, found \(found)"
        case .levelOffScale(let level, let key):
            "level \(level) in '\(key)' is outside the scale 1–5"
        case .missingLevels(let key, let missing):
            "'\(key)' must describe every level 1–5; missing \(missing.map(String.init).joined(separator: ", "))"
        case .notAWeightMapping(let key, let found):
            "'\(key)' must be a mapping of competency ids to weights, found \(found)"
        case .notACompetencyID(let found):
            "a key of competency weights must be a competency id (lower-case letters a–z, digits and '-'), found \(found)"
        case .duplicateID(let id, let entry):
            "duplicate \(entry.rawValue) id '\(id)'"
        case .notATimeOfDay(let key, let text):
            "'\(key)' must be a time of day written \"HH:MM\", found '\(text)'"
        case .notADISCCode(let code):
            "'disc' must be distinct letters from D, I, S, C (such as SC), found '\(code)'"
        case .notALanguageCode(let code):
            "'language' must be a two-letter ISO 639-1 code such as en, found '\(code)'"
        case .itemNotAMapping(let found):
            "an item must be a mapping of keys to values, found \(found)"
        case .itemWithoutType(let types):
            "missing required key 'type' in item; expected one of: \(types.joined(separator: ", "))"
        case .itemWithoutSource(let item):
            "item '\(item ?? "?")' must record its 'source' or say it is 'authored'"
        case .salaryFactWithOptions:
            "a salary fact records an amount judged against the profile's 'salary' band: remove 'options'"
        case .tooFewFactOptions:
            "a fact needs at least two 'options', each with a 'verdict' (pass, fail or discuss) and a 'reason'"
        case .tooFewOptions:
            "a classification needs at least two options"
        case .participantsMaxBelowMin(let max, let min):
            "'max' (\(max)) is below 'min' (\(min))"
        case .unknownAlternative(let id, let items):
            "'alternatives' names item '\(id)', which this guide does not have; its items: \(items.joined(separator: ", "))"
        case .alternativeTwice(let id):
            "item '\(id)' is in two groups of 'alternatives'; an item may be in one group"
        case .runLargerThanGroup(let run, let items):
            "'run' (\(run)) is more than the group's \(items) items; it must be 1–\(items)"
        case .dayEndsBeforeStart(let start, let end):
            "the day must end after it starts (\(start)–\(end))"
        case .toleranceNotAShare(let tolerance):
            "'tolerance' must be a share greater than 0 (0.5 = ±50 %), found \(CompactNumber.format(tolerance))"
        case .idNotFileName(let id, let stem):
            "id '\(id)' must equal the file name '\(stem)'"
        case .rangeWithoutMax:
            "a 'range' target needs 'max'"
        case .maxBelowValue(let max, let value):
            "'max' (\(CompactNumber.format(max))) is below 'value' (\(CompactNumber.format(value)))"
        case .requiredTwice(let competency):
            "competency '\(competency)' is required twice"
        case .salaryMaxBelowMin(let max, let min):
            "salary 'max' (\(CompactNumber.format(max))) is below 'min' (\(CompactNumber.format(min)))"
        case .negativeSalary:
            "salary 'min' must not be negative"
        case .knockOutNotRequired(let competency):
            "knock-out rule names '\(competency)', which is not a requirement of this profile"
        case .belowOffScale(let below):
            "'below' must be within \(RatingScale.minimum)–\(RatingScale.maximum), found \(CompactNumber.format(below))"
        case .knockOutWithoutRule:
            "a knock-out rule needs either 'competency' with 'below', or 'flag'"
        case .criticalContext(let competency):
            "requirement '\(competency)' is 'critical' and 'use: context'; a critical requirement is a hurdle and must be scored: "
                + "remove 'use: context' or 'critical: true'"
        case .visitApart(let visit):
            "the entries of visit '\(visit)' must follow one another in 'process'"
        case .visitPartlyOptional(let visit):
            "visit '\(visit)' has optional and required entries; mark all of them 'optional: true' or none"
        case .knockOutOnContext(let competency):
            "knock-out rule names '\(competency)', which this profile keeps as context ('use: context'); "
                + "a knock-out must rest on a scored requirement"
        case .knockOutUnderHurdle(let competency, let below, let level):
            "knock-out rule on '\(competency)' below \(CompactNumber.format(below)) never fires: the requirement is critical "
                + "at level \(level), and the hurdle already fails every score below \(level); remove the knock-out"
        case .afterDecisionInProcess(let guide):
            "guide '\(guide)' is a stage of the process and also in 'afterDecision'; a stage is scored before the decision or run after it: "
                + "remove one of the two"
        case .afterDecisionTwice(let guide):
            "guide '\(guide)' is named twice in 'afterDecision'"
        case .hurdleToleranceOutOfRange(let tolerance):
            "'tolerance' of a hurdle must be at least 0 and below 1 (a share of one scale level, such as 0.5), found "
                + CompactNumber.format(tolerance)
        case .toleranceWithoutHurdle(let competency):
            "requirement '\(competency)' states a 'tolerance' but is not a hurdle; a tolerance applies to a scored requirement "
                + "with 'critical: true': remove 'tolerance' or make the requirement critical"
        case .highHurdleWithoutTolerance(let competency, let level):
            "requirement '\(competency)' is critical at level \(level) with no 'tolerance': a candidate whose mean is a hair below \(level) "
                + "fails, although that is within the error of a few ratings; state a 'tolerance' (such as 0.5) with a comment on why, or lower the level"
        }
    }
}
