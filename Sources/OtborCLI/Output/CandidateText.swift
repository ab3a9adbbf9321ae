import OtborCore
import OtborStore

/// `otbor candidates show` as text.
struct CandidateText {
    var dossier: CandidateDossier
    var today: CalendarDate
    var words: ConsoleWording

    /// The F21 deadline from the first decision and the consent withdrawal on record.
    static func deadline(of dossier: CandidateDossier) -> RetentionDeadline? {
        RetentionDeadline(decisions: dossier.applications.flatMap(\.decisions), consentWithdrawn: dossier.candidate.consentWithdrawn)
    }

    func render() -> String {
        let person = dossier.candidate
        var lines = [words(.candidateTitle, ["id": person.id.description, "name": words.person(person.name)])]
        var consent = words(.consentGivenOn, ["date": words.day(person.consentDate)])
        if let withdrawn = person.consentWithdrawn { consent += ", " + words(.consentWithdrawnOn, ["date": words.day(withdrawn)]) }
        let fields: [(PeoplePhrase, String?)] = [
            (.email, person.email), (.phone, person.phone), (.sourceLabel, person.source), (.consentLabel, consent),
            (.groupLabel, person.fairnessGroup.map { words(.statedGroup, ["group": $0]) }),
            (.addedLabel, words.day(person.createdAt)),
        ]
        let width = (fields.map { words($0.0).count } + [words(.notesLabel).count]).max()! + 2
        func label(_ phrase: PeoplePhrase) -> String { "  " + words(phrase).padding(toLength: width, withPad: " ", startingAt: 0) }
        for (name, value) in fields {
            lines.append(label(name) + (value ?? "—"))
        }
        if let notes = person.notes {
            let indent = "\n" + String(repeating: " ", count: width + 2)
            lines.append(label(.notesLabel) + notes.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: indent))
        }
        lines.append("")
        lines.append(retention())
        lines.append("")
        lines += applications()
        if let disc = dossier.disc {
            lines.append("")
            lines.append(words(.discContextTitle))
            let values = DISCFactor.allCases.map { "\($0.rawValue) \(Self.signed(disc.composite[$0], words))" }.joined(separator: "  ")
            let how = words(disc.source == .inventory ? .discTaken : .discImportedOn)
            lines.append("  " + words(.discSummary, ["values": values, "count": String(disc.groupCount),
                                                     "code": disc.styleCode().description, "how": how, "date": words.day(disc.takenAt)]))
        }
        return lines.joined(separator: "\n")
    }

    private func retention() -> String {
        guard let deadline = Self.deadline(of: dossier) else { return words(.retentionNotSet) }
        var line = words(.retentionLine, ["date": words.day(deadline.destroyBy), "event": words.retentionEvent(deadline.event),
                                          "eventDate": words.day(deadline.eventDate),
                                          "left": words.daysLeft(deadline.daysRemaining(on: today))])
        if deadline.isOverdue(on: today) { line += words(.eraseWithRetention) }
        return line
    }

    private func applications() -> [String] {
        guard !dossier.applications.isEmpty else { return [words(.noApplications)] }
        var lines = [words(.applicationsTitle)]
        for file in dossier.applications {
            lines.append("  " + words(.applicationOpened, ["profile": file.application.profile, "date": words.day(file.application.createdAt)]))
            if file.sessions.isEmpty {
                lines.append("    " + words(.noSessions))
            } else {
                var table = TextTable(words, [.session, .guide, .assessor, .status, .answers, .started])
                for session in file.sessions {
                    table.add([session.session.id.description, session.session.guide, words.person(session.session.assessor),
                               words.sessionStatus(session.session.status), String(session.answers.count),
                               words.day(session.session.startedAt)])
                }
                lines += table.render().split(separator: "\n").map { "    " + $0 }
            }
            for consensus in file.consensus {
                lines.append("    " + words(.consensusLine, [
                    "stage": consensus.consensus.stage, "competency": consensus.consensus.competency,
                    "value": words.compact(consensus.consensus.value), "who": consensus.recordedBy,
                    "rationale": consensus.consensus.rationale]))
            }
            for decision in file.decisions {
                lines.append("    " + words(.decisionLine, [
                    "date": words.day(decision.decidedAt), "decision": words.report.decision(decision.decision),
                    "who": decision.decidedBy, "reason": decision.reason]))
            }
        }
        return lines
    }

    private static func signed(_ value: Int, _ words: ConsoleWording) -> String { value > 0 ? "+\(value)" : words.whole(value) }
}
