import OtborCore
import OtborHTML
import OtborServices

/// On the candidates page, for those who conduct interviews: the caller's interviews not yet
/// submitted (to resume), and a form that starts one — a candidate and a profile's stage, posted
/// with the CSRF token to `/interviews`.
struct StartInterviewForm: HTMLComponent {
    /// One stage to offer: its profile, its guide and how to show it.
    struct Stage: Sendable {
        var profile: String
        var guide: String
        var label: String
    }

    var strings: ConsoleStrings
    var open: [InterviewDesk.OpenInterview]
    var candidates: [Candidate]
    /// The stages by profile, in the workspace's order.
    var stages: [(profile: String, title: String, stages: [Stage])]
    var csrfToken: String?
    /// How the reader is shown each candidate: their name, or their code under blind ranking.
    var label: CandidateNames? = nil

    func write(to w: inout HTMLWriter) {
        w.element("section", ["class": "my-interviews", "aria-labelledby": "my-interviews"]) { w in
            w.element("h2", ["id": "my-interviews"], text: strings[.myInterviews])
            if open.isEmpty { w.element("p", ["class": "note"], text: strings[.noOpenInterviews]) }
            w.element("ul", ["class": "interview-list"]) { w in
                for interview in open { item(interview, to: &w) }
            }
        }
        guard !candidates.isEmpty else { return }
        w.element("section", ["class": "start-interview", "aria-labelledby": "start-interview"]) { w in
            w.element("h2", ["id": "start-interview"], text: strings[.startInterview])
            guard !stages.isEmpty else {
                w.element("p", ["class": "note"], text: strings[.noStages])
                return
            }
            w.element("form", ["method": "post", "action": "/interviews", "class": "start-form"]) { w in
                CSRFField(token: csrfToken).write(to: &w)
                w.element("label", ["for": "start-candidate"], text: strings[.candidate])
                w.element("select", ["id": "start-candidate", "name": "candidate", "required": "required"]) { w in
                    for candidate in candidates {
                        w.element("option", ["value": candidate.id.description], text: "\(candidate.id) — \(label?(candidate) ?? candidate.name)")
                    }
                }
                w.element("label", ["for": "start-stage"], text: strings[.profileAndStage])
                w.element("select", ["id": "start-stage", "name": "stage", "required": "required"]) { w in
                    for profile in stages {
                        w.element("optgroup", ["label": profile.title]) { w in
                            for stage in profile.stages {
                                w.element("option", ["value": stage.profile + "/" + stage.guide], text: stage.label)
                            }
                        }
                    }
                }
                w.element("button", ["type": "submit", "id": "start"], text: strings[.start])
            }
        }
    }

    private func item(_ interview: InterviewDesk.OpenInterview, to w: inout HTMLWriter) {
        let status = interview.session.status == .paused ? strings[.statusPaused] : strings[.statusOpen]
        w.element("li") { w in
            w.element("a", ["href": "/interviews/\(interview.session.id)"]) { w in
                w.person(label?(interview.candidate) ?? interview.candidate.name)
                w.text(" — " + interview.guide.title.text(in: strings.language))
            }
            w.element("span", ["class": "note"], text: " · " + status + " · "
                + strings(.answeredOf, ["answered": String(interview.answered), "total": String(interview.total)]))
        }
    }
}
