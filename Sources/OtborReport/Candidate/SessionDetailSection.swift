import OtborCore
import OtborHTML

/// One submitted session: every step of the guide with the assessor's answer and note
/// (ratings, ticked behaviours, the chosen classification, the plan's rating), the red flags
/// recorded, and each working-day plan against the reference.
struct SessionDetailSection: HTMLComponent {
    let context: CandidateContext
    let session: ReportSession

    func write(to w: inout HTMLWriter) {
        let s = context.strings
        w.element("div", ["class": "session", "data-assessor": session.assessor, "data-session": session.id]) { w in
            w.element("h3") { w in
                w.text(s[.assessor] + ": ")
                w.person(session.assessor)
            }
            w.element("p", ["class": "muted"]) { w in
                // A session imported from a scoresheet has no times of its own: its day only.
                let timed = session.submittedAt.map { $0 != session.startedAt } ?? true
                w.isolated(timed ? s.dates.dayAndTime(session.startedAt) : s.dates.day(session.startedAt))
                if let submitted = session.submittedAt, timed {
                    w.text(" — ")
                    w.isolated(s.dates.day(submitted) == s.dates.day(session.startedAt)
                        ? s.dates.time(submitted) : s.dates.dayAndTime(submitted))
                }
                if timed || session.activeMinutes > 0 {
                    w.text(" · " + s[.activeTime] + " " + s.minutes(Int(session.activeMinutes.rounded())))
                }
            }
            SessionAnswersTable(context: context, session: session).write(to: &w)
            if !session.redFlags.isEmpty {
                w.element("h4", text: s[.redFlags])
                w.element("ul", ["class": "red-flags"]) { w in
                    for flag in session.redFlags {
                        let text = session.guide.redFlags.first { $0.id == flag }?.text.text(in: context.language)
                        w.element("li", ["class": "flag", "data-flag": flag], text: "⚑ " + (text ?? flag))
                    }
                }
            }
            for item in session.guide.items {
                guard case .workingDay(let task) = item.content, let plan = session.answers.plans[item.id] else { continue }
                WorkingDayPlanTable(task: task, plan: plan, title: item.title.text(in: context.language), strings: s).write(to: &w)
            }
        }
    }
}
