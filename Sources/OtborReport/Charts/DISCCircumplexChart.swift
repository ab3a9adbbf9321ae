import Foundation
import OtborCore
import OtborHTML

/// The DISC circumplex (F19) as an SVG: the eight anchors every 45° (IS at 0°, turning
/// anticlockwise, D upper left), the candidate's composite as a dot and the target style's anchor
/// as a dashed ray. Hook: `<svg class="circumplex">` with `<circle class="me">`.
struct DISCCircumplexChart: HTMLComponent {
    var composite: DISCFactorValues<Int>
    var groupCount: Int
    var target: DISCStyle?
    var title: String

    private static let size = 170.0, centre = 85.0, radius = 62.0

    func write(to w: inout HTMLWriter) {
        let position = DISCCircumplex(composite: composite)
        let scale = Double(max(groupCount, 1))
        func point(_ degrees: Double, _ r: Double) -> (String, String) {
            let a = degrees * .pi / 180
            return (NumberFormat.plain(Self.centre + r * cos(a)), NumberFormat.plain(Self.centre - r * sin(a)))
        }
        w.element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "class": "circumplex", "role": "img",
            "viewBox": "0 0 170 170", "width": "170", "height": "170",
        ]) { w in
            w.element("title", text: title)
            w.empty("circle", ["class": "ring", "cx": "85", "cy": "85", "r": NumberFormat.plain(Self.radius)])
            for anchor in DISCCircumplex.Anchor.allCases {
                let (x1, y1) = point(anchor.angle, Self.radius - 3)
                let (x2, y2) = point(anchor.angle, Self.radius + 3)
                w.empty("line", ["class": "ring", "x1": x1, "y1": y1, "x2": x2, "y2": y2])
                let (tx, ty) = point(anchor.angle, Self.radius + 13)
                w.element("text", ["x": tx, "y": ty, "text-anchor": "middle", "dominant-baseline": "middle"], text: anchor.rawValue)
            }
            if let target, let anchor = DISCCircumplex.Anchor(style: target) {
                let (x, y) = point(anchor.angle, Self.radius)
                w.empty("line", ["class": "target", "x1": "85", "y1": "85", "x2": x, "y2": y])
            }
            let x = Self.centre + Self.radius * max(-1, min(1, position.x / scale))
            let y = Self.centre - Self.radius * max(-1, min(1, position.y / scale))
            w.empty("circle", ["class": "me", "cx": NumberFormat.plain(x), "cy": NumberFormat.plain(y), "r": "4"])
        }
    }
}
