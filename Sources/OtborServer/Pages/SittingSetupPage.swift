import OtborCore
import OtborHTML
import OtborServices

/// Setting up a group sitting (`/group-sittings/new`, hr and admin). First the exercise: a group
/// stage of a profile (a form that reloads the page with `?stage=profile/guide`). Then, posted with
/// the CSRF token to `/group-sittings`: the candidates of the sitting (those who applied for the
/// profile) and a grid of who watches whom — a row per candidate, a column per observer, each cell
/// a checkbox of at least 44 px; a pair with a declared conflict of interest cannot be chosen. A
/// refused plan comes back with its reason and every choice kept.
struct SittingSetupPage: HTMLComponent {
    /// A group stage to offer: its profile, its guide and how to show it.
    struct Stage: Sendable, Equatable {
        var profile: String
        var guide: String
        var label: String

        var value: String { profile + "/" + guide }
    }

    var strings: ConsoleStrings
    var stages: [Stage]
    var stage: Stage?
    var choices: GroupSittingDesk.SetupChoices?
    var label: CandidateNames
    /// The candidates ticked as in the sitting, and the `login:id` pairs ticked as watched.
    var chosen: Set<CandidateID> = []
    var watching: Set<String> = []
    /// Why the last plan was refused.
    var problem: String?
    var csrfToken: String?

    func write(to w: inout HTMLWriter) {
        w.element("h1", text: strings[.newSitting])
        w.element("p", text: strings(.sittingSetupLead, ["minimum": String(GroupAssignment.minimumObservers),
                                                         "maximum": String(GroupAssignment.maximumCandidates)]))
        if let problem { w.element("p", ["class": "alert", "role": "alert", "id": "setup-problem"], text: problem) }
        guard !stages.isEmpty else {
            w.element("p", ["class": "note"], text: strings[.noGroupStages])
            return
        }
        stageForm(to: &w)
        guard let stage, let choices else { return }
        if choices.observers.count < GroupAssignment.minimumObservers {
            w.element("p", ["class": "note"], text: strings(.tooFewObserverAccounts, ["minimum": String(GroupAssignment.minimumObservers)]))
        } else if choices.candidates.isEmpty {
            w.element("p", ["class": "note"], text: strings[.noApplicants])
        } else {
            grid(stage, choices, to: &w)
        }
    }

    private func stageForm(to w: inout HTMLWriter) {
        w.element("form", ["method": "get", "action": "/group-sittings/new", "class": "start-form stage-form"]) { w in
            w.element("label", ["for": "setup-stage"], text: strings[.exercise])
            w.element("select", ["id": "setup-stage", "name": "stage", "required": "required"]) { w in
                for option in stages {
                    w.element("option", ["value": option.value, "selected": option == stage ? "selected" : nil], text: option.label)
                }
            }
            w.element("button", ["type": "submit", "id": "choose-stage"], text: strings[.chooseExercise])
        }
    }

    private func grid(_ stage: Stage, _ choices: GroupSittingDesk.SetupChoices, to w: inout HTMLWriter) {
        w.element("form", ["method": "post", "action": "/group-sittings", "class": "setup-form"]) { w in
            CSRFField(token: csrfToken).write(to: &w)
            w.empty("input", ["type": "hidden", "name": "stage", "value": stage.value])
            w.element("div", ["class": "table-scroll"]) { w in
                w.element("table", ["class": "data setup"]) { w in
                    w.element("thead") { w in
                        w.element("tr") { w in
                            w.element("th", ["scope": "col"], text: strings[.candidate])
                            w.element("th", ["scope": "col"], text: strings[.inSitting])
                            for observer in choices.observers {
                                w.element("th", ["scope": "col"]) { w in
                                    w.person(observer.displayName)
                                    w.element("span", ["class": "login"]) { w in w.person(observer.login.rawValue) }
                                }
                            }
                        }
                    }
                    w.element("tbody") { w in
                        for candidate in choices.candidates { row(candidate, choices, to: &w) }
                    }
                }
            }
            w.element("button", ["type": "submit", "id": "open-sitting"], text: strings[.openSitting])
        }
    }

    private func row(_ candidate: Candidate, _ choices: GroupSittingDesk.SetupChoices, to w: inout HTMLWriter) {
        let name = label(candidate)
        w.element("tr", ["data-candidate": candidate.id.description]) { w in
            w.element("th", ["scope": "row"]) { w in
                w.person(name)
                w.element("span", ["class": "note"], text: " · \(candidate.id)")
            }
            w.element("td", ["class": "tick"]) { w in
                w.element("label") { w in
                    w.empty("input", ["type": "checkbox", "name": "candidate", "value": candidate.id.description,
                                      "checked": chosen.contains(candidate.id) ? "checked" : nil,
                                      "aria-label": strings(.tickInSitting, ["candidate": name])])
                }
            }
            for observer in choices.observers {
                let login = observer.login.rawValue
                let pair = "\(login):\(candidate.id)"
                w.element("td", ["class": "tick"]) { w in
                    if choices.conflicts.excludes(login, from: candidate.id) {
                        w.element("span", ["class": "conflict"], text: strings[.boardConflict])
                    } else {
                        w.element("label") { w in
                            w.empty("input", ["type": "checkbox", "name": "watch", "value": pair,
                                              "checked": watching.contains(pair) ? "checked" : nil,
                                              "aria-label": strings(.tickWatches, ["observer": observer.displayName, "candidate": name])])
                        }
                    }
                }
            }
        }
    }
}
