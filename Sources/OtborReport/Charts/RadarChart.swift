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

    private static let width = 600.0, height = 430.0, centreX = 300.0, centreY = 210.0, radius = 140.0, scale = 5.0

    private func angle(_ index: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(axes.count, 1))
    }

    private func point(_ index: Int, _ value: Double) -> (x: Double, y: Double) {
        let r = Self.radius * min(max(value, 0), Self.scale) / Self.scale
        return (Self.centreX + r * cos(angle(index)), Self.centreY + r * sin(angle(index)))
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

    func write(to w: inout HTMLWriter) {
        w.element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "class": "radar", "role": "img",
            "viewBox": "0 0 " + NumberFormat.plain(Self.width) + " " + NumberFormat.plain(Self.height),
            "width": NumberFormat.plain(Self.width), "height": NumberFormat.plain(Self.height),
        ]) { w in
            w.element("title", text: title)
            let count = axes.count
            for ring in 1...Int(Self.scale) {
                if count >= 3 {
                    w.empty("polygon", ["class": "ring", "points": polygon(Array(repeating: Double(ring), count: count))])
                } else {
                    w.empty("circle", ["class": "ring", "cx": NumberFormat.plain(Self.centreX), "cy": NumberFormat.plain(Self.centreY),
                                       "r": NumberFormat.plain(Self.radius * Double(ring) / Self.scale)])
                }
                let tick = point(0, Double(ring))
                w.element("text", ["class": "tick", "x": NumberFormat.plain(tick.x + 3), "y": NumberFormat.plain(tick.y - 2)],
                          text: String(ring))
            }
            for (index, axis) in axes.enumerated() {
                let end = point(index, Self.scale)
                w.empty("line", ["class": "spoke", "x1": NumberFormat.plain(Self.centreX), "y1": NumberFormat.plain(Self.centreY),
                                 "x2": NumberFormat.plain(end.x), "y2": NumberFormat.plain(end.y)])
                writeLabel(axis, index: index, to: &w)
            }
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

    private func writeLabel(_ axis: Axis, index: Int, to w: inout HTMLWriter) {
        let a = angle(index)
        let x = Self.centreX + (Self.radius + 10) * cos(a), y = Self.centreY + (Self.radius + 10) * sin(a) + 3
        let anchor = cos(a) > 0.3 ? "start" : cos(a) < -0.3 ? "end" : "middle"
        let lines = Self.wrap(axis.label, width: 22, maxLines: 2)
        let shift = sin(a) < -0.3 ? -Double(lines.count - 1) * 10 : 0
        w.element("text", ["class": "label", "x": NumberFormat.plain(x), "y": NumberFormat.plain(y + shift), "text-anchor": anchor]) { w in
            w.element("title", text: axis.label)
            for (number, line) in lines.enumerated() {
                w.element("tspan", ["x": NumberFormat.plain(x), "dy": number == 0 ? "0" : "10"], text: line)
            }
        }
    }

    /// Splits a label into at most `maxLines` lines of about `width` characters, with `…` when cut.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.isEmpty { return [""] }
        var result = Array(lines.prefix(maxLines)).map { $0.count > width + 4 ? String($0.prefix(width)) + "…" : $0 }
        if lines.count > maxLines, let last = result.last, !last.hasSuffix("…") { result[result.count - 1] = last + "…" }
        return result
    }
}
