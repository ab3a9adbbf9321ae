import OtborCore
import OtborHTML
import OtborServices

/// The scoring page of one interview, `/interviews/{id}`: who and what, the timer against the
/// planned duration, the "Saved 12:03" status, an index of the steps, every step as a section with
/// its own form (``InterviewStepSection``), the red flags, and pause and submit. Without
/// JavaScript every form posts and the server answers with the next step; `interview.js` saves
/// each answer as it is given, shows one step at a time and adds the keys of the terminal runner.
/// Back, skip and the keys pass over the alternates the answers so far leave out (closed), as the
/// terminal runner does; the index marks them.
/// A submitted interview, or a colleague's, is shown read-only.
struct InterviewPage: HTMLComponent {
    var strings: ConsoleStrings
    var sheet: InterviewDesk.Sheet
    var candidateName: String
    var library: ContentLibrary
    /// The session's CSRF token when the reader may change the interview (their own, not submitted).
    var csrfToken: String?
    /// When the session last changed, as the clock of the campaign's time zone shows it (`12:03`).
    var savedAt: String
    var submittedAt: String?
    /// The observer's other candidates of the same group sitting, when the session belongs to one.
    var switcher: SittingSwitcher? = nil
    /// The reader declared a conflict of interest with the candidate: the page is read-only and says why.
    var conflict = false

    var session: InterviewSession { sheet.session }
    var editable: Bool { csrfToken != nil }
    /// Every step while the session can change (an alternate may still be chosen); once it cannot, the
    /// steps it ran, so alternates not run do not show as gaps.
    var steps: [InterviewStep] { editable ? sheet.guide.steps : sheet.guide.requiredSteps(sheet.answers) }
    /// The keys of the alternates the answers so far leave out (``InterviewGuide/closedSteps(answered:)``).
    var closed: Set<String> { Set(sheet.guide.closedSteps(answered: sheet.answers.isAnswered).map(\.key)) }

    func write(to w: inout HTMLWriter) {
        w.element("div", ["class": "interview", "id": "interview", "data-session": session.id.description,
                          "data-api": "/api/v1/interviews/\(session.id)", "data-editable": editable ? "true" : "false"]) { w in
            w.element("h1") { w in
                w.person(candidateName)
                w.text(" — " + sheet.guide.title.text(in: strings.language))
            }
            switcher?.write(to: &w)
            w.element("p", ["class": "summary"]) { w in
                w.text(sheet.profile + " · " + status + " · ")
                w.element("span", ["id": "answered-count", "data-template": strings[.answeredOf]],
                          text: strings(.answeredOf, ["answered": String(sheet.guide.progress(sheet.answers).answered),
                                                      "total": String(sheet.guide.progress(sheet.answers).total)]))
            }
            notes(&w)
            toolbar(&w)
            if editable { w.element("p", ["class": "keys note", "id": "keys-help"], text: strings[.keysHelp]) }
            index(&w)
            let closed = steps.map { self.closed.contains($0.key) }
            for (offset, step) in steps.enumerated() {
                InterviewStepSection(strings: strings, session: session.id, guide: sheet.guide, library: library, step: step,
                                     index: offset, count: steps.count, answer: sheet.answers.value(for: step), note: sheet.notes[step.key],
                                     csrfToken: csrfToken,
                                     alternate: InterviewResource.StepJSON.alternate(step, guide: sheet.guide, answers: sheet.answers, closed: self.closed),
                                     previousStop: Self.stop(from: offset, by: -1, closed: closed),
                                     nextStop: Self.stop(from: offset, by: 1, closed: closed)).write(to: &w)
            }
            finish(&w)
        }
    }

    private var status: String {
        switch session.status {
        case .open: strings[.statusOpen]
        case .paused: strings[.statusPaused]
        case .submitted: strings[.statusSubmitted]
        }
    }

    private func notes(_ w: inout HTMLWriter) {
        if conflict {
            w.element("p", ["class": "alert", "id": "conflict-declared"], text: strings[.conflictDeclared])
        } else if let submittedAt {
            w.element("p", ["class": "note"], text: strings(.submittedNote, ["time": submittedAt]))
        } else if !editable {
            w.element("p", ["class": "note"], text: strings(.readOnlyNote, ["assessor": session.assessor]))
        } else if session.status == .paused {
            w.element("div", ["class": "paused"]) { w in
                w.element("p", text: strings[.pausedNote])
                w.element("form", ["method": "post", "action": "/interviews/\(session.id)/resume"]) { w in
                    CSRFField(token: csrfToken).write(to: &w)
                    w.element("button", ["type": "submit", "id": "resume"], text: strings[.resume])
                }
            }
        }
    }

    /// The timer (elapsed against planned; the script keeps it running) and the save status.
    private func toolbar(_ w: inout HTMLWriter) {
        let answered = steps.count > sheet.unanswered.count
        w.element("div", ["class": "toolbar"]) { w in
            w.element("p", ["class": "timer"]) { w in
                w.text(strings[.timer] + " ")
                w.element("output", ["id": "timer", "data-earlier": String(Int(session.activeSeconds)),
                                     "data-planned": String(session.plannedMinutes * 60), "data-running": editable ? "true" : "false"],
                          text: ElapsedTime.text(session.activeSeconds) + " / " + ElapsedTime.text(Double(session.plannedMinutes * 60)))
            }
            w.element("p", ["id": "save-status", "class": "save-status", "role": "status",
                            "data-saved": strings[.saved], "data-saving": strings[.saving], "data-failed": strings[.saveFailed],
                            "data-offline": strings[.savesWaiting]],
                      text: answered ? strings(.saved, ["time": savedAt]) : "")
        }
    }

    /// Links to every step, marked when answered.
    private func index(_ w: inout HTMLWriter) {
        w.element("nav", ["class": "step-index", "aria-label": strings[.stepsNavigation]]) { w in
            w.element("ol") { w in
                let closed = self.closed
                for (offset, step) in steps.enumerated() {
                    let answered = sheet.answers.isAnswered(step)
                    let classes = [answered ? "answered" : nil, closed.contains(step.key) ? "closed" : nil].compactMap { $0 }
                    w.element("li") { w in
                        w.element("a", ["href": "#step-\(offset + 1)", "class": classes.isEmpty ? nil : classes.joined(separator: " "),
                                        "title": answered ? strings[.answered] : nil], text: String(offset + 1))
                    }
                }
                w.element("li") { w in w.element("a", ["href": "#finish"], text: "✓") }
            }
        }
    }

    /// The red flags (recorded ones ticked and fixed), pause and submit.
    private func finish(_ w: inout HTMLWriter) {
        w.element("section", ["class": "step finish", "id": "finish", "tabindex": "-1", "aria-labelledby": "finish-title"]) { w in
            w.element("h2", ["id": "finish-title"], text: strings[.finish])
            RedFlagsForm(strings: strings, session: session.id, flags: sheet.guide.redFlags, recorded: Set(sheet.redFlags.map(\.flag)),
                         csrfToken: csrfToken).write(to: &w)
            guard editable else { return }
            w.element("div", ["class": "step-actions"]) { w in
                w.element("form", ["method": "post", "action": "/interviews/\(session.id)/pause", "class": "sitting-form"]) { w in
                    CSRFField(token: csrfToken).write(to: &w)
                    w.empty("input", ["type": "hidden", "name": "seconds", "value": "0"])
                    w.element("button", ["type": "submit", "class": "secondary", "id": "pause"], text: strings[.pause])
                }
                w.element("form", ["method": "post", "action": "/interviews/\(session.id)/submit", "class": "sitting-form"]) { w in
                    CSRFField(token: csrfToken).write(to: &w)
                    w.empty("input", ["type": "hidden", "name": "seconds", "value": "0"])
                    w.element("button", ["type": "submit", "id": "submit"], text: strings[.submitInterview])
                }
            }
            ConflictForm(strings: strings, session: session.id, csrfToken: csrfToken).write(to: &w)
        }
    }
}
