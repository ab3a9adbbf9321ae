import Foundation
import OtborCore
import OtborHTML
import OtborReport

/// `/candidates/{id}` for those who decide (admin, hr): per application the scorecard (as
/// `otbor score` computes it), the stage scores awaiting the panel's consensus with a form each,
/// and the decision form; then the candidate's interviews (linked where the viewer may open them)
/// and the decisions recorded. Every form posts the CSRF token and is answered with a 303.
struct CandidatePage: HTMLComponent {
    /// One application: its profile and, when anything was submitted, its scorecard.
    struct Application: Sendable {
        var profile: String
        /// The profile's title in the page's language (its id when the workspace no longer has it).
        var title: String
        var card: Scorecard
        /// Competency ids to titles in the page's language.
        var names: [String: String]
    }

    /// One interview of the candidate; `link` when the viewer may open it.
    struct Interview: Sendable {
        var session: InterviewSession
        var stageTitle: String
        var link: String?
    }

    var strings: ConsoleStrings
    var candidate: Candidate
    var applications: [Application]
    var interviews: [Interview]
    var decisions: [DecisionRecord]
    var csrfToken: String?
    var timeZone: TimeZone

    func write(to w: inout HTMLWriter) {
        w.element("h1") { w in
            w.text(strings(.candidateTitle, ["id": candidate.id.description]))
            w.text(" ")
            w.person(candidate.name)
        }
        for application in applications {
            CandidateScorecard(strings: strings, application: application, candidate: candidate.id, csrfToken: csrfToken).write(to: &w)
        }
        writeInterviews(to: &w)
        writeDecisions(to: &w)
    }

    private func writeInterviews(to w: inout HTMLWriter) {
        w.element("section", ["class": "candidate-interviews", "aria-labelledby": "interviews"]) { w in
            w.element("h2", ["id": "interviews"], text: strings[.interviews])
            guard !interviews.isEmpty else { return w.element("p", ["class": "note"], text: strings[.noSessions]) }
            w.element("table", ["class": "data"]) { w in
                TableHead(strings: strings, columns: [.stage, .assessor, .status]).write(to: &w)
                w.element("tbody") { w in
                    for interview in interviews {
                        w.element("tr", ["data-session": interview.session.id.description]) { w in
                            w.element("td") { w in
                                if let link = interview.link {
                                    w.element("a", ["href": link], text: interview.stageTitle)
                                } else {
                                    w.text(interview.stageTitle)
                                }
                            }
                            w.element("td") { w in w.person(interview.session.assessor) }
                            w.element("td", text: strings.status(interview.session.status))
                        }
                    }
                }
            }
        }
    }

    private func writeDecisions(to w: inout HTMLWriter) {
        let wording = ReportStrings(strings.language, timeZone: timeZone)
        w.element("section", ["class": "candidate-decisions", "aria-labelledby": "decisions"]) { w in
            w.element("h2", ["id": "decisions"], text: strings[.decisions])
            guard !decisions.isEmpty else { return w.element("p", ["class": "note"], text: strings[.noDecisions]) }
            w.element("table", ["class": "data"]) { w in
                TableHead(strings: strings, columns: [.date, .profiles, .decision, .reason, .recordedBy]).write(to: &w)
                w.element("tbody") { w in
                    for record in decisions.reversed() {
                        w.element("tr", ["data-decision": record.decision.rawValue]) { w in
                            w.element("td", text: wording.dates.dayAndTime(record.decidedAt))
                            w.element("td", text: record.profile)
                            w.element("td", text: wording.decision(record.decision))
                            w.element("td", text: record.reason)
                            w.element("td") { w in w.person(record.decidedBy) }
                        }
                    }
                }
            }
        }
    }
}
