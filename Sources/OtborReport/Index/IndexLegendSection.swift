import OtborCore
import OtborHTML

/// `legend` of the index page: what the pipeline and hurdle symbols mean and how rows are ordered.
struct IndexLegendSection: HTMLComponent {
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        w.section("legend", heading: strings[.legendTitle]) { w in
            w.element("p", ["class": "key"]) { w in
                for progress in StageProgress.allCases {
                    let cell = strings.progress(progress)
                    w.element("span", ["class": "item"]) { w in
                        w.element("span", ["class": "stage-mark " + cell.cssClass, "aria-hidden": "true"], text: cell.symbol)
                        w.text(" " + cell.text)
                    }
                }
            }
            w.element("p", ["class": "key"]) { w in
                w.element("span", ["class": "term"], text: strings[.hurdle] + ":")
                for status in HurdleResult.Status.allCases {
                    w.element("span", ["class": "item"], text: strings.hurdle(status).text)
                }
            }
            w.muted(strings[.indexExplained])
        }
    }
}
