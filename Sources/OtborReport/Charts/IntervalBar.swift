import OtborCore
import OtborHTML

/// A small SVG of a 0–100 score with its 95 % interval: an axis with ticks at 0, 50 and 100,
/// a thick segment for the interval and a dot for the score.
///
/// Hook: `<svg class="interval" data-value="…" data-low="…" data-high="…">`.
struct IntervalBar: HTMLComponent {
    /// The score, 0–100.
    var value: Double
    /// The interval, 0–100.
    var low: Double
    var high: Double
    /// Accessible description, such as "S100 78.3, 95 % [72.1; 84.4]".
    var label: String
    var width: Double = 160

    func write(to w: inout HTMLWriter) {
        let left = 6.0, right = width - 6
        func x(_ v: Double) -> String { NumberFormat.plain(left + (right - left) * min(100, max(0, v)) / 100) }
        w.element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "class": "interval", "role": "img",
            "viewBox": "0 0 " + NumberFormat.plain(width) + " 22", "width": NumberFormat.plain(width), "height": "22",
            "data-value": NumberFormat.plain(value, 1), "data-low": NumberFormat.plain(low, 1),
            "data-high": NumberFormat.plain(high, 1),
        ]) { w in
            w.element("title", text: label)
            w.empty("line", ["class": "axis", "x1": x(0), "y1": "8", "x2": x(100), "y2": "8"])
            for tick in [0.0, 50, 100] {
                w.empty("line", ["class": "axis", "x1": x(tick), "y1": "5", "x2": x(tick), "y2": "11"])
                w.element("text", ["x": x(tick), "y": "20", "text-anchor": "middle"], text: NumberFormat.plain(tick, 0))
            }
            w.empty("line", ["class": "range", "x1": x(low), "y1": "8", "x2": x(high), "y2": "8"])
            w.empty("circle", ["class": "point", "cx": x(value), "cy": "8", "r": "3.2"])
        }
    }
}
