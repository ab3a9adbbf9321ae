import OtborCore
import OtborHTML

/// `profile-N`: one profile's dashboard — its title, counts, links to its comparison and raters
/// reports, the key of its stages and a row per candidate in ranking order.
struct IndexProfileSection: HTMLComponent {
    let profile: IndexReportInput.Profile
    /// The profile's place on the page, for the section id.
    let number: Int
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        let s = strings
        w.element("section", ["id": "profile-" + String(number), "class": "profile", "data-profile": profile.id]) { w in
            w.element("h2", text: profile.title.text(in: s.language))
            w.element("p", ["class": "counts"],
                      text: s.count(profile.rows.count, .indexCandidate) + ", " + s.count(profile.stages.count, .indexStage))
            writeLinks(to: &w)
            guard !profile.rows.isEmpty else {
                w.muted(s[.noCandidatesYet])
                return
            }
            writeStageKey(to: &w)
            w.element("table", ["class": "dashboard"]) { w in
                writeHeader(to: &w)
                w.element("tbody") { w in
                    for (index, row) in profile.rows.enumerated() {
                        IndexCandidateRow(row: row, rank: index + 1, stages: profile.stages, strings: s).write(to: &w)
                    }
                }
            }
        }
    }

    /// The column heads; S100's names its interval on a second line.
    private func writeHeader(to w: inout HTMLWriter) {
        let s = strings
        w.element("thead") { w in
            w.element("tr") { w in
                w.element("th", ["class": "num"], text: s[.rank])
                for phrase in [ReportPhrase.candidate, .stagesShort, .hurdle] { w.element("th", text: s[phrase]) }
                w.element("th", ["class": "score"]) { w in
                    w.text("S100")
                    w.element("span", ["class": "sub"], text: s[.interval95])
                }
                w.element("th", text: s[.decision])
                w.element("th", text: s[.retentionDeadline])
            }
        }
    }

    /// `<p class="reports">`: the comparison and raters reports with a safe link (``ReportLink``).
    private func writeLinks(to w: inout HTMLWriter) {
        let candidates: [(kind: String, file: String?, phrase: ReportPhrase)] = [
            ("comparison", profile.comparisonFile, .comparisonReport), ("raters", profile.ratersFile, .ratersReport),
        ]
        let links = candidates.filter { $0.file.map(ReportLink.isSafe) ?? false }
        guard !links.isEmpty else { return }
        w.element("p", ["class": "reports"]) { w in
            for (index, link) in links.enumerated() {
                if index > 0 { w.text(" · ") }
                w.element("a", ["class": "report-link", "data-report": link.kind, "href": link.file], text: strings[link.phrase])
            }
        }
    }

    /// `<ol class="stage-key">`: each stage's number, as in the pipeline cells, and its title.
    private func writeStageKey(to w: inout HTMLWriter) {
        w.element("p", ["class": "stage-key-title"], text: strings[.stageKey] + ":")
        w.element("ol", ["class": "stage-key"]) { w in
            for (index, stage) in profile.stages.enumerated() {
                w.element("li", ["data-stage": stage.guide]) { w in
                    w.element("span", ["class": "code"], text: String(index + 1))
                    w.text(" " + stage.displayTitle(in: strings.language))
                }
            }
        }
    }
}
