import OtborCore
import OtborStore

/// The rows of `otbor export --format csv`: one per answer, with the candidate, profile, guide,
/// assessor and session status repeated on each, so the file opens as one flat table.
enum ExportCSV {
    static let header = ["candidate id", "candidate name", "profile", "guide", "assessor", "session status",
                         "step", "value", "note", "answered at"]

    /// What a value looks like in a cell.
    static let notAssessed = "not assessed"

    /// One row per answer of every session of the candidate, in the order given.
    static func rows(_ dossier: CandidateDossier) -> [[String]] {
        let person = dossier.candidate
        var rows: [[String]] = []
        for file in dossier.applications {
            for session in file.sessions {
                for answer in session.answers {
                    rows.append([person.id.description, person.name, file.application.profile, session.session.guide,
                                 session.session.assessor, session.session.status.rawValue, answer.step,
                                 value(answer.value), answer.note, StoreTime.format(answer.answeredAt)])
                }
            }
        }
        return rows
    }

    /// `4`, `not assessed`, the ticked behaviours, the option, or the plan.
    static func value(_ value: RecordedAnswer.Value) -> String {
        switch value {
        case .rating(let score): score.map(String.init) ?? notAssessed
        case .checklist(let ticked): ticked.isEmpty ? "none ticked" : ticked.sorted().joined(separator: "; ")
        case .classification(let option): option ?? notAssessed
        case .fact(let answer): answer?.stored ?? notAssessed
        case .plan(let plan):
            plan.entries.map { $0.kept ? "\($0.task) \($0.minutes) min" : "\($0.task) dropped" }.joined(separator: "; ")
        }
    }
}
