import OtborCore
import Yams

/// Reading a scoresheet: ratings captured on paper for one guide, one assessor and one or more
/// candidates, checked against the workspace's profile and guide.
extension NodeReader {
    func scoresheet(
        _ root: Node, library: ContentLibrary, today: CalendarDate?
    ) -> (scoresheet: Scoresheet?, candidates: [Scoresheet.CandidateReference]) {
        guard let file = mapping(root, .scoresheet, required: ["profile", "guide", "assessor", "sheets"],
                                 optional: ["conducted", "submit"]) else { return (nil, []) }
        let profile = file["profile"].flatMap {
            known($0, "profile", ids: library.profiles.map(\.id), lookup: library.profile, unknown: ScoresheetProblem.unknownProfile)
        }
        let guide = file["guide"].flatMap {
            known($0, "guide", ids: library.guides.map(\.id), lookup: library.guide, unknown: ScoresheetProblem.unknownGuide)
        }
        if let profile, let guide, let node = file["guide"], !profile.process.contains(where: { $0.guide == guide.id }),
           !profile.runsAfterDecision(guide.id) {
            error(.scoresheet(.notAStage(guide: guide.id, profile: profile.id, stages: profile.process.map(\.guide))), at: node)
        }
        let assessor = file["assessor"].flatMap { text($0, "assessor", field: .assessor) }
        let conducted = file["conducted"].flatMap { date($0, "conducted", notAfter: today) }
        let submit = file["submit"].flatMap { bool($0, "submit") } ?? true
        var sheets: [Scoresheet.Sheet] = []
        if let nodes = file["sheets"].flatMap({ list($0, "sheets") }) {
            guard nodes.count <= Scoresheet.sheetLimit else {
                error(.scoresheet(.tooManySheets(sheets: nodes.count, limit: Scoresheet.sheetLimit)), at: nodes[Scoresheet.sheetLimit])
                return (nil, [])
            }
            if let guide, nodes.count > 1, !Self.isGroup(guide) {
                error(.scoresheet(.oneCandidatePerSheet(guide: guide.id, sheets: nodes.count)), at: nodes[1])
            }
            let read = nodes.compactMap { sheet($0, guide: guide) }
            sheets = read.map(\.sheet)
            // Unanswered steps are worth a warning only in a scoresheet that can be imported.
            if submit, !diagnostics.hasErrors {
                for (sheet, answersKey) in read where !sheet.unanswered.isEmpty {
                    warning(.scoresheet(.unanswered(sheet.unanswered)), at: answersKey)
                }
            }
        }
        let candidates = sheets.map(\.candidate)
        guard let profile, let guide, let assessor else { return (nil, candidates) }
        let scoresheet = Scoresheet(path: path, profile: profile, guide: guide, assessor: assessor,
                                    conducted: conducted, submit: submit, sheets: sheets)
        return (scoresheet, candidates)
    }

    /// A guide several candidates take part in at once.
    static func isGroup(_ guide: InterviewGuide) -> Bool {
        guide.kind == .group || guide.items.contains { if case .groupExercise = $0.content { true } else { false } }
    }

    /// A profile or guide of the library, by id.
    private func known<Value>(
        _ node: Node, _ key: String, ids: [String], lookup: (String) -> Value?,
        unknown: (String, String?, [String]) -> ScoresheetProblem
    ) -> Value? {
        guard let id = identifier(node, key) else { return nil }
        if let value = lookup(id) { return value }
        error(.scoresheet(unknown(id, Self.closest(to: id, in: ids), ids)), at: node)
        return nil
    }

    private func date(_ node: Node, _ key: String, notAfter today: CalendarDate?) -> CalendarDate? {
        guard let text = string(node, key) else { return nil }
        guard let date = CalendarDate(text) else {
            error(.scoresheet(.notADate(key: key, found: text)), at: node)
            return nil
        }
        if let today, date > today {
            error(.scoresheet(.dateInFuture(key: key, date: date.description, today: today.description)), at: node)
            return nil
        }
        return date
    }

    // MARK: Sheets

    /// A sheet, with the node of its `answers` key.
    private func sheet(_ node: Node, guide: InterviewGuide?) -> (sheet: Scoresheet.Sheet, answersKey: Node?)? {
        guard let fields = mapping(node, .sheet, required: ["candidate", "answers"], optional: ["red-flags"]) else {
            return nil
        }
        let candidate = fields["candidate"].flatMap { candidateReference($0) }
        let answers = guide.flatMap { guide in fields["answers"].map { self.answers($0, guide: guide) } }
        let flags = fields["red-flags"].flatMap { redFlags($0, guide: guide) } ?? []
        var unanswered: [String] = []
        if let guide, let answers {
            let answered = Set(answers.map(\.step.key))
            unanswered = guide.unansweredSteps(answered: { answered.contains($0.key) }).map(\.key)
        }
        guard let candidate else { return nil }
        let sheet = Scoresheet.Sheet(candidate: candidate, answers: answers ?? [], redFlags: flags, unanswered: unanswered,
                                     location: location(node), answersLocation: location(fields.keyNode("answers")))
        return (sheet, fields.keyNode("answers"))
    }

    private func candidateReference(_ node: Node) -> Scoresheet.CandidateReference? {
        guard case .scalar = node, !isNull(node) else {
            error(.scoresheet(.notACandidate(found: describe(node))), at: node)
            return nil
        }
        return text(node, "candidate", field: .name).map { Scoresheet.CandidateReference(text: $0, location: location(node)) }
    }

    private func redFlags(_ node: Node, guide: InterviewGuide?) -> [Scoresheet.RedFlag]? {
        guard let nodes = list(node, "red-flags", allowEmpty: true) else { return nil }
        var seen: Set<String> = []
        return nodes.compactMap { node -> Scoresheet.RedFlag? in
            var idNode = node, note = ""
            if case .mapping = node {
                guard let fields = mapping(node, .redFlag, required: ["id"], optional: ["note"]),
                      let id = fields["id"] else { return nil }
                idNode = id
                if let noteNode = fields["note"] {
                    guard let text = text(noteNode, "note", field: .note) else { return nil }
                    note = text
                }
            }
            guard let id = identifier(idNode, "red flag") else { return nil }
            if let guide {
                let known = guide.redFlags.map(\.id)
                guard known.contains(id) else {
                    let problem = ScoresheetProblem.unknownRedFlag(id, guide: guide.id, suggestion: Self.closest(to: id, in: known),
                                                                   known: known)
                    error(.scoresheet(problem), at: idNode)
                    return nil
                }
            }
            guard seen.insert(id).inserted else {
                error(.scoresheet(.repeatedRedFlag(id)), at: idNode)
                return nil
            }
            return Scoresheet.RedFlag(id: id, note: note, location: location(idNode))
        }
    }
}
