import OtborServices

/// What `otbor interview import` wrote (or, with `--dry-run`, would write), as text.
extension ImportSummary {
    func text(file: String, words: ConsoleWording) -> String {
        let state = words(submitted ? .importSubmitted : .importLeftOpen)
        var lines = [words(dryRun ? .wouldImport : .imported, [
            "file": file, "sessions": words.count(sessions.count, .session), "guide": guide, "profile": profile,
            "assessor": words.person(assessor), "state": state])]
        var table = TextTable(words, [.session, .candidate, .name, .answers, .redFlags, .unanswered])
        for session in sessions {
            table.add([session.id.map(\.description) ?? "-", session.candidate.description, words.person(session.name),
                       String(session.answers), String(session.redFlags),
                       session.unanswered.isEmpty ? "-" : "\(session.unanswered.count): "
                           + session.unanswered.joined(separator: ", ")])
        }
        lines.append(table.render())
        if dryRun { lines.append(words(.dryRunNothingWritten)) }
        return lines.joined(separator: "\n")
    }
}
