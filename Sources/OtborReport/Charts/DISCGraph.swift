import OtborCore
import OtborHTML

/// One DISC graph as an SVG bar chart: four bars (D, I, S, C) from a midline, on a scale of
/// ± the number of groups. Graph I plots the "most" counts, graph II minus the "least" counts,
/// graph III the composite.
///
/// Hooks: `<svg class="disc-graph" data-graph="I|II|III">` with one
/// `<rect class="disc-bar" data-factor="D|I|S|C" data-value="…">` per factor.
struct DISCGraph: HTMLComponent {
    var graph: String
    var title: String
    var values: DISCFactorValues<Int>
    /// The largest magnitude on the axis (the number of groups).
    var limit: Int

    private static let width = 170.0, height = 170.0, top = 18.0, bottom = 150.0, left = 26.0, barWidth = 24.0

    func write(to w: inout HTMLWriter) {
        let limit = Double(max(limit, 1))
        let middle = (Self.top + Self.bottom) / 2
        let half = (Self.bottom - Self.top) / 2
        func y(_ value: Double) -> Double { middle - half * min(max(value / limit, -1), 1) }
        w.element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "class": "disc-graph", "data-graph": graph, "role": "img",
            "viewBox": "0 0 " + NumberFormat.plain(Self.width) + " " + NumberFormat.plain(Self.height),
            "width": NumberFormat.plain(Self.width), "height": NumberFormat.plain(Self.height),
        ]) { w in
            w.element("title", text: title)
            w.element("text", ["x": NumberFormat.plain(Self.width / 2), "y": "11", "text-anchor": "middle"], text: title)
            for mark in [-1.0, -0.5, 0.5, 1.0] {
                w.empty("line", ["class": "grid", "x1": NumberFormat.plain(Self.left), "x2": NumberFormat.plain(Self.width - 4),
                                 "y1": NumberFormat.plain(y(mark * limit)), "y2": NumberFormat.plain(y(mark * limit))])
            }
            w.element("text", ["x": "2", "y": NumberFormat.plain(y(limit) + 3)], text: "+" + String(Int(limit)))
            w.element("text", ["x": "2", "y": NumberFormat.plain(y(-limit) + 3)], text: "−" + String(Int(limit)))
            w.empty("line", ["class": "axis", "x1": NumberFormat.plain(Self.left), "x2": NumberFormat.plain(Self.width - 4),
                             "y1": NumberFormat.plain(middle), "y2": NumberFormat.plain(middle)])
            for (index, factor) in DISCFactor.allCases.enumerated() {
                let value = values[factor]
                let x = Self.left + 8 + Double(index) * (Self.barWidth + 12)
                let top = min(y(Double(value)), middle), height = abs(y(Double(value)) - middle)
                w.element("rect", [
                    "class": value < 0 ? "disc-bar negative" : "disc-bar", "data-factor": factor.rawValue,
                    "data-value": String(value), "x": NumberFormat.plain(x), "y": NumberFormat.plain(top),
                    "width": NumberFormat.plain(Self.barWidth), "height": NumberFormat.plain(max(height, 0.5)),
                ]) { w in
                    w.element("title", text: factor.rawValue + " " + Self.signed(value))
                }
                let labelY = value < 0 ? top + height + 9 : top - 2
                w.element("text", ["x": NumberFormat.plain(x + Self.barWidth / 2), "y": NumberFormat.plain(labelY), "text-anchor": "middle"],
                          text: Self.signed(value))
                w.element("text", ["x": NumberFormat.plain(x + Self.barWidth / 2), "y": NumberFormat.plain(Self.height - 4),
                                   "text-anchor": "middle", "font-weight": "bold"], text: factor.rawValue)
            }
        }
    }

    /// `+3`, `−2`, `0`.
    static func signed(_ value: Int) -> String {
        value > 0 ? "+" + String(value) : value < 0 ? "−" + String(-value) : "0"
    }
}
