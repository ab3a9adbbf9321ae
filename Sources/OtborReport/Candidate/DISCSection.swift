import OtborCore
import OtborHTML

/// `disc`: graphs I–III (I and II only when the inventory was taken in Otbor), the style code,
/// the fit to the profile's target style, and the caveat that always goes with DISC.
struct DISCSection: HTMLComponent {
    let disc: ReportDISC
    let target: DISCStyle?
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        let s = strings, n = strings.numbers
        w.section("disc", heading: s[.discTitle]) { w in
            w.element("p", ["class": "warning caveat"], text: DISCResult.caveat.text(in: s.language))
            w.element("div", ["class": "charts keep"]) { w in
                if let most = disc.most {
                    DISCGraph(graph: "I", title: s[.discGraphI], values: most, limit: disc.groupCount).write(to: &w)
                }
                if let least = disc.least {
                    DISCGraph(graph: "II", title: s[.discGraphII], values: least.map { -$0 }, limit: disc.groupCount).write(to: &w)
                }
                DISCGraph(graph: "III", title: s[.discGraphIII], values: disc.composite, limit: disc.groupCount).write(to: &w)
                DISCCircumplexChart(composite: disc.composite, groupCount: disc.groupCount, target: target,
                                    title: s[.discCircumplex]).write(to: &w)
            }
            let code = disc.style
            let circumplex = DISCCircumplex(composite: disc.composite)
            w.element("dl", ["class": "facts"]) { w in
                w.fact(s[.discStyle]) { w in
                    w.text(code.description + (code.isAmbiguous ? " (" + s[.discAmbiguous] + ")" : ""))
                }
                w.fact(s[.discGroups]) { w in w.text(String(disc.groupCount)) }
                if let angle = circumplex.angle {
                    w.fact(s[.discAngle]) { w in
                        w.text(n.fixed(angle, 1) + "°" + (circumplex.nearestAnchor.map { " · " + s[.discNearest] + " " + $0.rawValue } ?? ""))
                    }
                }
                if let target {
                    w.fact(s[.discTarget]) { w in w.text(target.description) }
                    w.fact(s[.discFit]) { w in
                        if let fit = disc.fit(to: target), let delta = circumplex.angularDistance(to: target) {
                            w.text(n.fixed(fit, 3) + " (Δ " + n.fixed(delta, 1) + "°) — " + s.fitReading(fit))
                        } else {
                            w.text(s[.discNoFit])
                        }
                    }
                }
            }
            w.muted(s[.discWeightZero])
        }
    }
}
