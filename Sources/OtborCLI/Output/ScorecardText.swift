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
    var language: ContentLanguage

    func render() -> String {
        var lines: [String] = []
        let person = evidence.candidate
        lines.append("\(person.name) (candidate \(person.id)) — \(evidence.profile.title.text(in: language)) [\(evidence.profile.id)]")
        let assessors = Set(evidence.sessions.map(\.assessor)).sorted()
        lines.append("Stages submitted: \(evidence.sessions.isEmpty ? "none" : Set(evidence.sessions.map(\.guide)).sorted().joined(separator: ", "))"
                     + (assessors.isEmpty ? "" : "; assessors: \(assessors.joined(separator: ", "))"))
        lines.append("")
        lines.append(hurdle())
        lines.append(score())
        lines.append("")
        lines.append(competencyTable())
        if !card.pendingConsensus.isEmpty {
            lines.append("")
            lines.append("Assessors disagree (record a consensus with `otbor consensus --candidate \(person.id)`):")
            for stage in card.pendingConsensus {
                let ratings = stage.byAssessor.sorted { $0.key < $1.key }.map { "\($0.key) \(Self.number($0.value))" }.joined(separator: ", ")
                lines.append("  \(stage.stage) · \(name(stage.competency)): \(ratings)")
            }
        }
        let gaps = card.gaps.prefix(5).map { "\(name($0.competency)) −\(Self.number($0.gap!))" }
        let strengths = card.strengths.prefix(5).map { "\(name($0.competency)) +\(Self.number($0.margin!))" }
        if !gaps.isEmpty { lines.append("\nLargest gaps: " + gaps.joined(separator: "; ")) }
        if !strengths.isEmpty { lines.append((gaps.isEmpty ? "\n" : "") + "Strengths: " + strengths.joined(separator: "; ")) }
        lines.append("")
        lines.append(discLine())
        return lines.joined(separator: "\n")
    }

    private func hurdle() -> String {
        let result = card.hurdle
        var text = switch result.status {
        case .passed: "Hurdle: passed"
        case .incomplete: "Hurdle: not decided yet (critical competencies still to assess)"
        case .failed: "Hurdle: NOT passed"
        }
        if result.tolerance > 0 { text += " (τ \(Self.number(result.tolerance)))" }
        var reasons = result.failures.map { "\(name($0.competency)) \(Self.number($0.score)) < \($0.required)" }
        reasons += result.knockouts.map { "knock-out \($0.rule): \($0.text.text(in: language))" }
        if !reasons.isEmpty { text += " — " + reasons.joined(separator: "; ") }
        if !result.unassessedCritical.isEmpty {
            text += "\n  critical, not assessed yet: " + result.unassessedCritical.map(name).joined(separator: ", ")
        }
        return text
    }

    private func score() -> String {
        guard let composite = card.composite else { return "Score: none yet (no required competency assessed)" }
        let share = Int((composite.assessedWeight * 100).rounded())
        return "Score: S \(Self.number(composite.s)) of 5 (S100 \(String(format: "%.1f", composite.s100))), "
            + "95 % interval \(Self.number(composite.ci95.lowerBound))–\(Self.number(composite.ci95.upperBound)), SE \(Self.number(composite.standardError))\n"
            + "  gap G \(Self.number(composite.gap)), coverage C \(Self.number(composite.coverage)), distance D \(Self.number(composite.distance)); "
            + "\(share) % of the requirement weight assessed"
    }

    private func competencyTable() -> String {
        var table = TextTable(["Competency", "Level", "Weight", "Score", "Gap", "Stages"])
        for score in card.competencies {
            let stages = score.stages.map { stage in
                var cell = "\(stage.stage) \(Self.number(stage.value))"
                if stage.consensus != nil { cell += " (consensus)" } else if stage.needsConsensus { cell += " ⚑" }
                return cell
            }
            table.add([
                name(score.competency) + (score.requirement.critical ? " *" : ""),
                String(score.requirement.level), Self.number(score.requirement.weight),
                score.value.map(Self.number) ?? "—", score.gap.map(Self.number) ?? "—",
                stages.isEmpty ? "not assessed" : stages.joined(separator: ", "),
            ])
        }
        return table.render() + "\n* critical (hurdle)   ⚑ assessors disagree, consensus pending"
    }

    private func discLine() -> String {
        let caveat = DISCResult.caveat.text(in: language)
        guard let style = disc.style else {
            return "DISC: not taken" + (disc.target.map { " (profile target \($0))" } ?? "") + ". Context only, weight 0."
        }
        var text = "DISC: \(style)"
        if let target = disc.target { text += ", profile target \(target)" }
        if let fit = disc.fit { text += ", fit \(Self.number(fit))" }
        return text + ". Weight 0, never a knock-out.\n  " + caveat
    }

    private func name(_ competency: String) -> String {
        library.competency(competency)?.name.text(in: language) ?? competency
    }

    static func number(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
