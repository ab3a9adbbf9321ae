import OtborCore
import OtborHTML

/// A tiny SVG line of a series around zero (an assessor's deviations per session), with the
/// zero line drawn. Hook: `<svg class="sparkline">` with `<polyline class="series">`.
struct Sparkline: HTMLComponent {
    var values: [Double]
    var title: String
    var width = 120.0, height = 24.0

    func write(to w: inout HTMLWriter) {
        let finite = values.filter(\.isFinite)
        let limit = max(finite.map { abs($0) }.max() ?? 1, 0.5)
        let step = values.count > 1 ? (width - 4) / Double(values.count - 1) : 0
        var points = ""
        for (index, value) in values.enumerated() where value.isFinite {
            if !points.isEmpty { points += " " }
            points += NumberFormat.plain(2 + step * Double(index)) + "," + NumberFormat.plain(height / 2 - (height / 2 - 2) * value / limit)
        }
        w.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "class": "sparkline", "role": "img",
                          "viewBox": "0 0 " + NumberFormat.plain(width) + " " + NumberFormat.plain(height),
                          "width": NumberFormat.plain(width), "height": NumberFormat.plain(height)]) { w in
            w.element("title", text: title)
            w.empty("line", ["x1": "0", "x2": NumberFormat.plain(width), "y1": NumberFormat.plain(height / 2),
                             "y2": NumberFormat.plain(height / 2), "stroke": "#999", "stroke-width": "0.6"])
            if !points.isEmpty {
                w.empty("polyline", ["class": "series", "points": points, "fill": "none", "stroke": "#1f4e8c", "stroke-width": "1.2"])
            }
        }
    }
}
