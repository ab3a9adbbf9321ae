import OtborCore
import OtborLoading

/// The content files' own checks (`OtborLoading`'s ``ContentProblem``) in the terminal's
/// language: texts, levels, weights, targets, catalog ids, times of day and the rules between the
/// keys of one entry.
extension ErrorWording {
    func content(_ problem: ContentProblem) -> String {
        switch problem {
        case .notText(let key, let found):
            words(.notText, ["key": key, "found": value(found)])
        case .refused(let key, let text):
            words(.keyRefused, ["key": key, "problem": message(text)])
        case .unknownSeed(let seed, let known):
            words(.unknownSeed, ["seed": seed, "known": words.list(known.map { "\"\($0)\"" })])
        case .notACatalogID(let id):
            words(.notACatalogID, ["id": id])
        case .notALevelMapping(let key, let found):
            words(.notALevelMapping, ["key": key, "found": value(found)])
        case .notALevel(let key, let found):
            words(.notALevel, ["key": key, "found": value(found)])
        case .levelOffScale(let level, let key):
            words(.levelOffScale, ["level": String(level), "key": key])
        case .missingLevels(let key, let missing):
            words(.missingLevels, ["key": key, "missing": words.list(missing.map(String.init))])
        case .notAWeightMapping(let key, let found):
            words(.notAWeightMapping, ["key": key, "found": value(found)])
        case .notACompetencyID(let found):
            words(.notACompetencyID, ["found": value(found)])
        case .duplicateID(let id, let entry):
            words(.duplicateID, ["id": id, "entry": self.entry(entry)])
        case .notATimeOfDay(let key, let text):
            words(.notATimeOfDay, ["key": key, "text": text])
        case .notADISCCode(let code):
            words(.notADISCCode, ["code": code])
        case .notALanguageCode(let code):
            words(.notALanguageCode, ["code": code])
        case .itemNotAMapping(let found):
            words(.itemNotAMapping, ["found": value(found)])
        case .itemWithoutType(let types):
            words(.itemWithoutType, ["types": words.list(types)])
        case .itemWithoutSource(let item):
            words(.itemWithoutSource, ["item": item ?? "?"])
        case .tooFewOptions:
            words(.tooFewOptions)
        case .salaryFactWithOptions:
            words(.salaryFactWithOptions)
        case .tooFewFactOptions:
            words(.tooFewFactOptions)
        case .participantsMaxBelowMin(let max, let min):
            words(.maxBelowMin, ["max": String(max), "min": String(min)])
        case .dayEndsBeforeStart(let start, let end):
            words(.dayEndsBeforeStart, ["start": start, "end": end])
        case .unknownAlternative(let id, let items):
            words(.unknownAlternative, ["id": id, "items": words.list(items)])
        case .alternativeTwice(let id):
            words(.alternativeTwice, ["id": id])
        case .runLargerThanGroup(let run, let items):
            words(.runLargerThanGroup, ["run": String(run), "count": String(items)])
        case .visitApart(let visit):
            words(.visitApart, ["visit": visit])
        case .visitPartlyOptional(let visit):
            words(.visitPartlyOptional, ["visit": visit])
        case .toleranceNotAShare(let tolerance):
            words(.toleranceNotAShare, ["tolerance": words.compact(tolerance), "half": words.compact(0.5)])
        case .idNotFileName(let id, let stem):
            words(.idNotFileName, ["id": id, "stem": stem])
        case .rangeWithoutMax:
            words(.rangeWithoutMax)
        case .maxBelowValue(let max, let value):
            words(.maxBelowValue, ["max": words.compact(max), "value": words.compact(value)])
        case .requiredTwice(let competency):
            words(.requiredTwice, ["competency": competency])
        case .salaryMaxBelowMin(let max, let min):
            words(.salaryMaxBelowMin, ["max": words.compact(max), "min": words.compact(min)])
        case .negativeSalary:
            words(.negativeSalary)
        case .knockOutNotRequired(let competency):
            words(.knockOutNotRequired, ["competency": competency])
        case .belowOffScale(let below):
            words(.belowOffScale, ["below": words.compact(below), "minimum": String(RatingScale.minimum),
                                   "maximum": String(RatingScale.maximum)])
        case .knockOutWithoutRule:
            words(.knockOutWithoutRule)
        case .criticalContext(let competency):
            words(.criticalContext, ["competency": competency])
        case .knockOutOnContext(let competency):
            words(.knockOutOnContext, ["competency": competency])
        case .knockOutUnderHurdle(let competency, let below, let level):
            words(.knockOutUnderHurdle, ["competency": competency, "below": words.compact(below), "level": String(level)])
        case .afterDecisionInProcess(let guide):
            words(.afterDecisionInProcess, ["guide": guide])
        case .afterDecisionTwice(let guide):
            words(.afterDecisionTwice, ["guide": guide])
        case .hurdleToleranceOutOfRange(let tolerance):
            words(.hurdleToleranceOutOfRange, ["tolerance": words.compact(tolerance), "half": words.compact(0.5)])
        case .toleranceWithoutHurdle(let competency):
            words(.toleranceWithoutHurdle, ["competency": competency])
        case .highHurdleWithoutTolerance(let competency, let level):
            words(.highHurdleWithoutTolerance, ["competency": competency, "level": String(level), "half": words.compact(0.5)])
        }
    }

    /// The entry a duplicate id belongs to, as it follows "id" ("идентификатор задачи").
    private func entry(_ entry: ContentProblem.Entry) -> String {
        switch entry {
        case .competency: words(.entryCompetency)
        case .discGroup: words(.entryDISCGroup)
        case .checklist: words(.entryChecklist)
        case .criterion: words(.entryCriterion)
        case .item: words(.entryItem)
        case .option: words(.entryOption)
        case .redFlag: words(.entryRedFlag)
        case .task: words(.entryTask)
        }
    }
}
