import OtborCore
import OtborServices

/// The text form of `otbor plan`: each competency to develop with its evidence, action, target and
/// check date.
struct PlanText {
    let document: CandidatePlanDocument
    let profile: JobProfile
    let library: ContentLibrary
    let words: ConsoleWording

    func render() -> String {
        let plan = document.plan
        var lines = [words(.planTitle, ["name": words.person(document.candidate.name), "profile": words.content(profile.title)]),
                     words(document.hired ? .planFromHire : .planFromToday, ["date": words.day(plan.start)])]
        guard !plan.items.isEmpty else { return (lines + [words(.planNoGaps)]).joined(separator: "\n") }
        for (index, item) in plan.items.enumerated() {
            lines.append("")
            lines.append(words(.planItem, [
                "index": String(index + 1), "competency": name(item.competency),
                "context": item.use == .context ? words(.planContext) : "", "score": words.number(item.score),
                "required": String(item.required), "gap": words.number(item.gap), "weight": words.compact(item.weight)]))
            let stages = item.evidence.map { stageTitle($0.stage) + " " + words.number($0.score) }
            lines.append("   " + words(.planEvidence, ["stages": words.list(stages)]))
            for note in item.notes.prefix(Self.notesShown) {
                lines.append("     " + words(.planNote, ["stage": stageTitle(note.stage), "assessor": words.person(note.assessor),
                                                         "text": Self.oneLine(note.text)]))
            }
            if item.notes.count > Self.notesShown {
                lines.append("     " + words(.planMoreNotes, ["count": String(item.notes.count - Self.notesShown)]))
            }
            lines.append("   " + (item.action.map { words(.planAction, ["text": words.content($0)]) } ?? words(.planNoAction)))
            if let target = item.target {
                lines.append("   " + words(.planTarget, ["level": String(item.required), "text": words.content(target)]))
            }
            lines.append("   " + words(.planCheck, ["day": String(item.checkDay), "date": words.day(item.checkDate)]))
        }
        if !plan.deferred.isEmpty {
            lines.append("")
            lines.append(words(.planDeferred, ["competencies": words.list(plan.deferred.map(name))]))
        }
        return lines.joined(separator: "\n")
    }

    /// The assessors' notes printed per competency; `--format json` has them all.
    static let notesShown = 3

    /// A note on one line: its line breaks and runs of spaces as single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func name(_ id: String) -> String { library.competency(id).map { words.content($0.name) } ?? id }
    private func stageTitle(_ id: String) -> String { library.guide(id).map { words.content($0.title) } ?? id }
}
