import OtborCore
import OtborHTML

/// One candidate's stages in process order, as `<ol class="pipeline">`: a small cell per stage
/// with its number and ✓ ◐ ○, its title and progress in `title` and `aria-label` — never colour
/// alone.
struct StagePipeline: HTMLComponent {
    let stages: [IndexReportInput.Stage]
    /// Progress by guide id; a stage missing here is not started.
    let progress: [String: StageProgress]
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        w.element("ol", ["class": "pipeline"]) { w in
            for (index, stage) in stages.enumerated() {
                let state = progress[stage.guide] ?? .notStarted
                let cell = strings.progress(state)
                let label = String(index + 1) + ". " + stage.displayTitle(in: strings.language) + ": " + cell.text
                w.element("li", [
                    "class": "stage " + cell.cssClass, "data-stage": stage.guide, "data-progress": state.rawValue,
                    "title": label, "aria-label": label,
                ]) { w in
                    w.element("span", ["class": "code", "aria-hidden": "true"], text: String(index + 1))
                    w.element("span", ["class": "mark", "aria-hidden": "true"], text: cell.symbol)
                }
            }
        }
    }
}
