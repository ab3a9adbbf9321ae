import OtborCore
import OtborHTML

/// `header`: who was assessed, against which profile, when and by whom.
struct CandidateHeaderSection: HTMLComponent {
    let context: CandidateContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, input = context.input
        w.element("section", ["id": "header"]) { w in
            w.element("p", ["class": "muted"], text: s[.candidateReport])
            w.element("h1") { w in w.person(input.candidate.name) }
            w.element("dl", ["class": "facts"]) { w in
                w.fact(s[.candidateID]) { w in w.person(input.candidate.id) }
                if let source = input.candidate.source {
                    w.fact(s[.source]) { w in w.person(source) }
                }
                if let consent = input.candidate.consentDate {
                    w.fact(s[.consentDate]) { w in w.isolated(s.dates.day(consent)) }
                }
                w.fact(s[.profile]) { w in
                    w.titled(input.profile.title.text(in: context.language), id: input.profile.id)
                }
                let starts = context.sessions.map(\.startedAt).sorted()
                let ends = context.sessions.compactMap(\.submittedAt).sorted()
                if let first = starts.first {
                    w.fact(s[.assessmentDates]) { w in
                        let firstDay = s.dates.day(first)
                        w.isolated(firstDay)
                        if let last = ends.last.map(s.dates.day), last != firstDay {
                            w.text(" — ")
                            w.isolated(last)
                        }
                    }
                }
                w.fact(s[.stagesRun]) { w in
                    let stages = context.stages
                    w.text(stages.isEmpty ? s[.none] : s.count(stages.count, .stage) + ": " + stages.map(context.stageTitle).joined(separator: "; "))
                }
                w.fact(s[.assessors]) { w in
                    let assessors = context.assessors
                    w.text(assessors.isEmpty ? s[.none] : s.count(assessors.count, .assessor) + ": ")
                    for (index, name) in assessors.enumerated() {
                        if index > 0 { w.text(", ") }
                        w.person(name)
                    }
                }
                w.fact(s[.generatedAt]) { w in w.isolated(s.dates.dayAndTime(input.generatedAt)) }
            }
        }
    }
}
