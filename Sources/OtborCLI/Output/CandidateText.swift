import OtborCore
import OtborStore

/// `otbor candidates show` as text.
struct CandidateText {
    var dossier: CandidateDossier
    var today: CalendarDate

    /// The F21 deadline from the first decision and the consent withdrawal on record.
    static func deadline(of dossier: CandidateDossier) -> RetentionDeadline? {
        RetentionDeadline(decisions: dossier.applications.flatMap(\.decisions), consentWithdrawn: dossier.candidate.consentWithdrawn)
    }

    func render() -> String {
        let person = dossier.candidate
        var lines = ["Candidate \(person.id): \(person.name)"]
        var consent = "given \(person.consentDate)"
        if let withdrawn = person.consentWithdrawn { consent += ", withdrawn \(withdrawn)" }
        let fields: [(String, String?)] = [
            ("E-mail", person.email), ("Phone", person.phone), ("Source", person.source), ("Consent", consent),
            ("Group", person.fairnessGroup.map { "\($0) (stated by the candidate; fairness checks only)" }),
            ("Added", CalendarDate(utc: person.createdAt).description),
        ]
        for (label, value) in fields {
            lines.append("  " + label.padding(toLength: 9, withPad: " ", startingAt: 0) + (value ?? "—"))
        }
        if let notes = person.notes {
            lines.append("  Notes    " + notes.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n           "))
        }
        lines.append("")
        lines.append(retention())
        lines.append("")
        lines += applications()
        if let disc = dossier.disc {
            lines.append("")
            lines.append("DISC (style context only: weight 0, never a knock-out)")
            let values = DISCFactor.allCases.map { "\($0.rawValue) \(Self.signed(disc.composite[$0]))" }.joined(separator: "  ")
            lines.append("  \(values)  of \(disc.groupCount) groups; style \(disc.styleCode()); "
                + "\(disc.source == .inventory ? "inventory taken" : "imported") \(CalendarDate(utc: disc.takenAt))")
        }
        return lines.joined(separator: "\n")
    }

    private func retention() -> String {
        guard let deadline = Self.deadline(of: dossier) else {
            return "Retention: no deadline yet; it is set to 30 days after the first decision (`otbor decide`) "
                + "or a withdrawal of consent."
        }
        let event = deadline.event == .consentWithdrawn ? "consent was withdrawn" : "the first decision"
        var line = "Retention: destroy by \(deadline.destroyBy) (30 days after \(event) on \(deadline.eventDate)) — "
            + RetentionWording.daysLeft(deadline.daysRemaining(on: today))
        if deadline.isOverdue(on: today) { line += "; erase with `otbor retention --apply`" }
        return line
    }

    private func applications() -> [String] {
        guard !dossier.applications.isEmpty else { return ["Applications: none yet (`otbor interview start` opens one)."] }
        var lines = ["Applications"]
        for file in dossier.applications {
            lines.append("  \(file.application.profile) (opened \(CalendarDate(utc: file.application.createdAt)))")
            if file.sessions.isEmpty {
                lines.append("    no sessions")
            } else {
                var table = TextTable(["SESSION", "GUIDE", "ASSESSOR", "STATUS", "ANSWERS", "STARTED"])
                for session in file.sessions {
                    table.add([session.session.id.description, session.session.guide, session.session.assessor,
                               session.session.status.rawValue, String(session.answers.count),
                               CalendarDate(utc: session.session.startedAt).description])
                }
                lines += table.render().split(separator: "\n").map { "    " + $0 }
            }
            for consensus in file.consensus {
                lines.append("    consensus \(consensus.consensus.stage) \(consensus.consensus.competency) = \(CompactNumber.format(consensus.consensus.value)) "
                    + "by \(consensus.recordedBy): \(consensus.consensus.rationale)")
            }
            for decision in file.decisions {
                lines.append("    decision \(CalendarDate(utc: decision.decidedAt)) \(decision.decision.rawValue) by \(decision.decidedBy): \(decision.reason)")
            }
        }
        return lines
    }

    private static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : String(value) }
}
