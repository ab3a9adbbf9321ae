import Foundation
import OtborCore
import OtborServices
import OtborStore

/// The scorecard as text: hurdle first, then the score with its interval, competencies, gaps and
/// strengths, pending consensus, DISC as context.
struct ScorecardText {
    var evidence: CandidateEvidence
    var card: Scorecard
    var disc: DISCContext
    var library: ContentLibrary
    var words: ConsoleWording

    func render() -> String {
        var lines: [String] = []
        let person = evidence.candidate
        lines.append(words(.scorecardTitle, ["name": words.person(person.name), "id": person.id.description,
                                             "profile": words.content(evidence.profile.title), "profileID": evidence.profile.id]))
        let assessors = Set(evidence.sessions.map(\.assessor)).sorted()
        let stages = Set(evidence.sessions.map(\.guide)).sorted()
        lines.append(words(.stagesSubmitted, ["stages": stages.isEmpty ? words(.noneAtAll) : stages.joined(separator: ", ")])
                     + (assessors.isEmpty ? "" : words(.assessorsList, ["assessors": assessors.joined(separator: ", ")])))
        lines.append("")
        lines.append(contentsOf: screening())
        lines.append(hurdle())
        lines.append(score())
        lines.append("")
        lines.append(competencyTable())
        if !card.pendingConsensus.isEmpty {
            lines.append("")
            lines.append(words(.assessorsDisagree, ["id": person.id.description]))
            for stage in card.pendingConsensus {
                let ratings = stage.byAssessor.sorted { $0.key < $1.key }.map { "\($0.key) \(number($0.value))" }.joined(separator: "; ")
                lines.append("  \(stage.stage) · \(name(stage.competency)): \(ratings)")
            }
        }
        let gaps = card.gaps.prefix(5).map { "\(name($0.competency)) −\(number($0.gap!))" }
        let strengths = card.strengths.prefix(5).map { "\(name($0.competency)) +\(number($0.margin!))" }
        if !gaps.isEmpty { lines.append("\n" + words(.largestGaps, ["list": gaps.joined(separator: "; ")])) }
        if !strengths.isEmpty { lines.append((gaps.isEmpty ? "\n" : "") + words(.strengths, ["list": strengths.joined(separator: "; ")])) }
        lines.append("")
        lines.append(discLine())
        return lines.joined(separator: "\n")
    }

    /// The screening facts: each knock-out with its reason (the recommendation), then what to discuss.
    private func screening() -> [String] {
        let result = card.screening
        guard !result.facts.isEmpty else { return [] }
        func line(_ phrase: ScoringPhrase, _ fact: FactOutcome) -> String {
            words(phrase, ["topic": words.screeningTopic(fact.topic), "stage": fact.stage, "reason": words.content(fact.reason)])
        }
        var lines = result.knockouts.map { line(.screeningNotRecommended, $0) }
        if lines.isEmpty { lines.append(words(.screeningPassed, ["count": String(result.facts.count)])) }
        lines += result.toDiscuss.map { line(.screeningDiscuss, $0) }
        return lines
    }

    private func hurdle() -> String {
        let result = card.hurdle
        var text = switch result.status {
        case .passed: words(.hurdlePassed)
        case .incomplete: words(.hurdleIncomplete)
        case .failed: words(.hurdleFailed)
        }
        if result.tolerance > 0 { text += " (τ \(number(result.tolerance)))" }
        if !result.stated.isEmpty {
            let stated = result.stated.sorted { $0.key < $1.key }.map { "\(name($0.key)) τ \(number($0.value))" }
            text += "\n  " + words(.statedTolerances, ["list": stated.joined(separator: ", ")])
        }
        var reasons = result.failures.map { failure in
            guard failure.tolerance > 0 else { return "\(name(failure.competency)) \(number(failure.score)) < \(failure.required)" }
            return "\(name(failure.competency)) \(number(failure.score)) < \(number(failure.cutoff)) "
                + "(\(failure.required) − τ \(number(failure.tolerance)))"
        }
        reasons += result.knockouts.map { words(.knockoutReason, ["rule": $0.rule, "text": words.content($0.text)]) }
        if !reasons.isEmpty { text += " — " + reasons.joined(separator: "; ") }
        if !result.unassessedCritical.isEmpty {
            text += "\n  " + words(.criticalNotAssessed, ["list": result.unassessedCritical.map(name).joined(separator: ", ")])
        }
        return text
    }

    private func score() -> String {
        guard let composite = card.composite else { return words(.noScoreYet) }
        let share = Int((composite.assessedWeight * 100).rounded())
        return words(.scoreLine, [
            "s": number(composite.s), "s100": words.number(composite.s100, 1),
            "interval": number(composite.ci95.lowerBound) + "–" + number(composite.ci95.upperBound), "se": number(composite.standardError),
            "gap": number(composite.gap), "coverage": number(composite.coverage), "distance": number(composite.distance),
            "share": String(share)])
    }

    private func competencyTable() -> String {
        var table = TextTable(words, [.competency, .level, .weight, .score, .gap, .stages])
        for score in card.competencies {
            let stages = score.stages.map { stage in
                var cell = "\(stage.stage) \(number(stage.value))"
                if stage.consensus != nil { cell += " " + words(.byConsensus) } else if stage.needsConsensus { cell += " ⚑" }
                return cell
            }
            table.add([
                name(score.competency) + (score.requirement.critical ? " *" : "") + (score.requirement.isScored ? "" : " °"),
                String(score.requirement.level), number(score.requirement.weight),
                score.value.map(number) ?? "—", score.gap.map(number) ?? "—",
                stages.isEmpty ? words(.notAssessed) : stages.joined(separator: "; "),
            ])
        }
        return table.render() + "\n" + words(.scorecardLegend)
    }

    private func discLine() -> String {
        let caveat = words.content(DISCResult.caveat)
        guard let style = disc.style else {
            return disc.target.map { words(.discNotTakenTarget, ["target": $0.description]) } ?? words(.discNotTaken)
        }
        var text = words(.discStyleLine, ["style": style.description])
        if let target = disc.target { text += words(.discTargetPart, ["target": target.description]) }
        if let fit = disc.fit { text += words(.discFitPart, ["fit": number(fit)]) }
        return text + words(.discWeightZero) + "\n  " + caveat
    }

    private func name(_ competency: String) -> String {
        library.competency(competency).map { words.content($0.name) } ?? competency
    }

    /// Two decimals: "3,50" in Russian, "3.50" in English.
    private func number(_ value: Double) -> String {
        words.number(value, 2)
    }
}
