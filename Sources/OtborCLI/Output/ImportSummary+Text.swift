import OtborServices

/// What `otbor interview import` wrote (or, with `--dry-run`, would write), as text.
extension ImportSummary {
    func text(file: String) -> String {
        let verb = dryRun ? "would import" : "imported"
        let state = submitted ? "submitted" : "left open for `otbor interview resume`"
        var lines = ["\(file): \(verb) \(sessions.count) session(s) of guide \(guide) (profile \(profile)) "
            + "by \(assessor), \(state)"]
        var table = TextTable(["SESSION", "CANDIDATE", "NAME", "ANSWERS", "RED FLAGS", "UNANSWERED"])
        for session in sessions {
            table.add([session.id.map(\.description) ?? "-", session.candidate.description, session.name,
                       String(session.answers), String(session.redFlags),
                       session.unanswered.isEmpty ? "-" : "\(session.unanswered.count): "
                           + session.unanswered.joined(separator: ", ")])
        }
        lines.append(table.render())
        if dryRun { lines.append("dry run: nothing was written") }
        return lines.joined(separator: "\n")
    }
}
