import OtborCore
import OtborLoading

/// Data-file diagnostics in the terminal's language. The `path:line:column: error:` prefix stays
/// as compilers write it (`error`/`warning` in English), so editors and scripts still find the
/// place; the message after it follows `--lang`. Only the YAML parser's rarer complaints and a
/// system's rarer reasons for not giving a file stay as they were written.
extension ErrorWording {
    /// `path:line:column: error: message`, the message in the terminal's language.
    func line(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.path):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(message(diagnostic.kind))"
    }

    /// How many diagnostics the terminal shows of one run; the rest are counted.
    static let diagnosticLimit = 100

    /// The first `limit` diagnostics as lines, then "… and N more" when there are more.
    func lines(_ diagnostics: [Diagnostic], limit: Int = ErrorWording.diagnosticLimit) -> [String] {
        let shown = diagnostics.prefix(limit).map(line)
        guard diagnostics.count > limit else { return shown }
        return shown + [words(.moreErrors, ["count": words.numbers.whole(diagnostics.count - limit)])]
    }

    func message(_ kind: DiagnosticMessage) -> String {
        let scale = ["minimum": String(RatingScale.minimum), "maximum": String(RatingScale.maximum)]
        switch kind {
        case .unknownKey(let key, let subject, let guess?, let allowed):
            return words(.unknownKeyGuess, ["key": key, "subject": self.subject(subject), "guess": guess, "allowed": words.list(allowed)])
        case .unknownKey(let key, let subject, nil, let allowed):
            return words(.unknownKey, ["key": key, "subject": self.subject(subject), "allowed": words.list(allowed)])
        case .missingKey(let key, let subject):
            return words(.missingKey, ["key": key, "subject": self.subject(subject)])
        case .notAMapping(let subject, let found):
            return words(.notAMapping, ["subject": self.subject(subject), "found": value(found)])
        case .keyNotAWord(let subject, let found):
            return words(.keyNotAWord, ["subject": self.subject(subject), "found": value(found)])
        case .wrongValue(let key, let expected, let found):
            return words(.wrongValue, ["key": key, "expected": expectation(expected), "found": value(found)])
        case .emptyValue(let key):
            return words(.emptyValue, ["key": key])
        case .emptyList(let key):
            return words(.emptyList, ["key": key])
        case .notARating(let key, let found):
            return words(.notARating, scale.merging(["key": key, "found": value(found)]) { $1 })
        case .ratingOffScale(let key, let rating):
            return words(.ratingOffScale, scale.merging(["key": key, "rating": String(rating)]) { $1 })
        case .unknownStep(let key, let guide, let guess?, _):
            return words(.unknownStepGuess, ["key": key, "guide": guide, "guess": guess])
        case .unknownStep(let key, let guide, nil, let steps):
            return words(.unknownStep, ["key": key, "guide": guide, "steps": words.list(steps)])
        case .undercovered(let competency, let stages, let minimum):
            let values = ["competency": competency, "stages": words.list(stages), "minimum": String(minimum)]
            return words(stages.isEmpty ? .measuredByNoStage : .measuredByOnly, values)
        case .fileTooLarge(let limit):
            return words(.fileTooLarge, ["bytes": words.count(limit, .byte), "mib": String(limit >> 20)])
        case .tooManyNodes(let limit):
            return words(.tooManyNodes, ["limit": words.numbers.whole(limit)])
        case .scoresheet(let problem):
            return scoresheet(problem)
        case .content(let problem):
            return content(problem)
        case .workspace(let problem):
            return workspace(problem)
        case .yaml(let problem):
            return yaml(problem)
        case .letter(let problem):
            return letter(problem)
        }
    }

    private func subject(_ subject: DiagnosticSubject) -> String {
        switch subject {
        case .profile: words(.subjectProfile)
        case .guide: words(.subjectGuide)
        case .competencyLibrary: words(.subjectCompetencyLibrary)
        case .competency: words(.subjectCompetency)
        case .discInventory: words(.subjectDISCInventory)
        case .discGroup: words(.subjectDISCGroup)
        case .scoresheet: words(.subjectScoresheet)
        case .sheet: words(.subjectSheet)
        case .planLine: words(.subjectPlanLine)
        case .redFlag: words(.subjectRedFlag)
        case .task: words(.subjectTask)
        case .kpi: words(.subjectKPI)
        case .functionGroup: words(.subjectFunctionGroup)
        case .requirement: words(.subjectRequirement)
        case .language: words(.subjectLanguage)
        case .knockOutRule: words(.subjectKnockOutRule)
        case .processStage: words(.subjectProcessStage)
        case .assessmentTool: words(.subjectAssessmentTool)
        case .checklistBehaviour: words(.subjectChecklistBehaviour)
        case .classificationOption: words(.subjectClassificationOption)
        case .factOption: words(.subjectFactOption)
        case .screeningRequirement: words(.subjectScreeningRequirement)
        case .criterion: words(.subjectCriterion)
        case .rule(let key): words(.subjectRule, ["key": key])
        case .answer(let step): words(.subjectAnswer, ["step": step])
        case .item(let type): words(.subjectItem, ["type": type])
        case .key(let key): words(.subjectKey, ["key": key])
        }
    }

    private func expectation(_ expectation: DiagnosticExpectation) -> String {
        switch expectation {
        case .string: words(.expectString)
        case .identifier: words(.expectIdentifier)
        case .integer(nil): words(.expectInteger)
        case .integer(let range?): words(.expectIntegerIn, ["from": String(range.lowerBound), "to": String(range.upperBound)])
        case .number: words(.expectNumber)
        case .positive: words(.expectPositive)
        case .boolean: words(.expectBoolean)
        case .oneOf(let values): words(.expectOneOf, ["values": words.list(values)])
        case .list: words(.expectList)
        }
    }

    func value(_ value: DiagnosticValue) -> String {
        switch value {
        case .nothing: words(.foundNothing)
        case .text(let text): words(.foundText, ["text": text])
        case .number(let number): number
        case .mapping: words(.foundMapping)
        case .list: words(.foundList)
        case .alias: words(.foundAlias)
        }
    }
}
