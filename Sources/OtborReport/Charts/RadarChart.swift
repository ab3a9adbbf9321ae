import OtborCore
import Foundation
import OtborHTML

/// An SVG radar chart of competency scores against required levels on the 1–5 scale: one spoke
/// per competency, rings at 1…5, a dashed polygon for the required levels, a filled polygon for
/// the scores, and one point per competency.
///
/// Hooks: `<svg class="radar">`, `<polygon class="radar-required">`, `<polygon class="radar-score">`,
/// one `<circle class="radar-point" data-competency="ID" data-required="R" data-value="X">` per
/// axis; an axis without a score has `data-assessed="false"`, class `radar-point missing` and sits
/// at the centre.
struct RadarChart: HTMLComponent {
    /// One spoke.
    struct Axis: Sendable {
        var id: String
        var label: String
        var required: Int
        var value: Double?
        /// The point's tooltip, such as "name: 3.5 (required 4)".
        var tooltip: String
    }

    var axes: [Axis]
    /// Accessible title of the chart.
    var title: String

    private static let radius = 140.0, scale = 5.0, labelSize = 11.0, labelLine = 150.0, margin = 4.0

    private func angle(_ index: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(axes.count, 1))
    }

    private func point(_ index: Int, _ value: Double) -> (x: Double, y: Double) {
        let r = Self.radius * min(max(value, 0), Self.scale) / Self.scale
        return (r * cos(angle(index)), r * sin(angle(index)))
    }

    private func polygon(_ values: [Double]) -> String {
        var text = ""
        for (index, value) in values.enumerated() {
            let p = point(index, value)
            if index > 0 { text += " " }
            text += NumberFormat.plain(p.x) + "," + NumberFormat.plain(p.y)
        }
        return text
    }

    /// The labels placed around the plot.
    var layout: RadarLabelLayout {
        RadarLabelLayout(texts: axes.map(\.label), angles: axes.indices.map(angle), radius: Self.radius,
                         fontSize: Self.labelSize, lineWidth: Self.labelLine)
    }

    func write(to w: inout HTMLWriter) {
        let layout = layout
        let bounds = layout.bounds
        let left = (bounds.minX - Self.margin).rounded(.down), top = (bounds.minY - Self.margin).rounded(.down)
        let width = (bounds.maxX + Self.margin).rounded(.up) - left, height = (bounds.maxY + Self.margin).rounded(.up) - top
        w.element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "class": "radar", "role": "img",
            "viewBox": [left, top, width, height].map { NumberFormat.plain($0) }.joined(separator: " "),
            "width": NumberFormat.plain(width), "height": NumberFormat.plain(height),
        ]) { w in
            w.element("title", text: title)
            let count = axes.count
            for ring in 1...Int(Self.scale) {
                if count >= 3 {
                    w.empty("polygon", ["class": "ring", "points": polygon(Array(repeating: Double(ring), count: count))])
                } else {
                    w.empty("circle", ["class": "ring", "cx": "0", "cy": "0", "r": NumberFormat.plain(Self.radius * Double(ring) / Self.scale)])
                }
                let tick = point(0, Double(ring))
                w.element("text", ["class": "tick", "x": NumberFormat.plain(tick.x + 3), "y": NumberFormat.plain(tick.y - 2)],
                          text: String(ring))
            }
            for index in axes.indices {
                let end = point(index, Self.scale)
                w.empty("line", ["class": "spoke", "x1": "0", "y1": "0", "x2": NumberFormat.plain(end.x), "y2": NumberFormat.plain(end.y)])
            }
            for label in layout.labels { write(label, lineHeight: layout.lineHeight, to: &w) }
            if count > 0 {
                w.empty("polygon", ["class": "radar-required", "points": polygon(axes.map { Double($0.required) })])
                w.empty("polygon", ["class": "radar-score", "points": polygon(axes.map { $0.value ?? 0 })])
            }
            for (index, axis) in axes.enumerated() {
                let p = point(index, axis.value ?? 0)
                w.element("circle", [
                    "class": axis.value == nil ? "radar-point missing" : "radar-point",
                    "data-competency": axis.id, "data-required": String(axis.required),
                    "data-value": axis.value.map { NumberFormat.plain($0) },
                    "data-assessed": axis.value == nil ? "false" : "true",
                    "cx": NumberFormat.plain(p.x), "cy": NumberFormat.plain(p.y), "r": "4",
                ]) { w in
                    w.element("title", text: axis.tooltip)
                }
            }
        }
    }

    /// A label as `<text class="label">` with one `<tspan>` per line, and its leader line when it
    /// was moved away from its spoke.
    private func write(_ label: RadarLabelLayout.Label, lineHeight: Double, to w: inout HTMLWriter) {
        let box = label.box
        if label.needsLeader {
            let x = label.side == .left ? box.maxX + 1 : label.side == .right ? box.minX - 1 : (box.minX + box.maxX) / 2
            let y = label.side == .top ? box.maxY : label.side == .bottom ? box.minY : min(max(label.spokeEnd.y, box.minY + lineHeight / 2), box.maxY - lineHeight / 2)
            w.empty("line", ["class": "leader", "x1": NumberFormat.plain(label.spokeEnd.x), "y1": NumberFormat.plain(label.spokeEnd.y),
                             "x2": NumberFormat.plain(x), "y2": NumberFormat.plain(y)])
        }
        let anchor = label.anchor
        let baseline = box.minY + (Self.labelSize * 0.95).rounded(.up)
        w.element("text", ["class": "label", "x": NumberFormat.plain(anchor.x), "y": NumberFormat.plain(baseline),
                           "text-anchor": anchor.textAnchor]) { w in
            for (number, line) in label.lines.enumerated() {
                w.element("tspan", ["x": NumberFormat.plain(anchor.x), "dy": number == 0 ? "0" : NumberFormat.plain(lineHeight)], text: line)
            }
        }
    }
}
