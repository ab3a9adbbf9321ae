import Foundation

/// Where the axis labels of a radar chart go: each label whole, wrapped onto lines at spaces,
/// outside the plot circle, no two labels overlapping. Coordinates are relative to the centre of
/// the plot; ``bounds`` covers the plot and every label, for the chart's viewBox.
///
/// Labels on the right of the plot start at their spoke, labels on the left end at it, the labels
/// of a spoke pointing straight up or down are centred on it. The labels of one side form a column that is spread
/// vertically as little as needed to keep them apart; a label moved away from its spoke gets a
/// leader line.
struct RadarLabelLayout: Sendable {
    /// A rectangle.
    struct Box: Sendable, Equatable {
        var minX, minY, maxX, maxY: Double

        var height: Double { maxY - minY }

        func overlaps(_ other: Box, padding: Double = 0) -> Bool {
            minX < other.maxX + padding && other.minX < maxX + padding
                && minY < other.maxY + padding && other.minY < maxY + padding
        }

        func union(_ other: Box) -> Box {
            Box(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
        }

        mutating func move(dx: Double = 0, dy: Double = 0) {
            minX += dx; maxX += dx; minY += dy; maxY += dy
        }
    }

    /// Where a label is set.
    enum Side: Sendable { case left, right, top, bottom }

    /// One placed label.
    struct Label: Sendable {
        var lines: [String]
        var side: Side
        /// The box the text is drawn in (estimated from the letters' widths, never smaller than the text).
        var box: Box
        /// The outer end of the label's spoke.
        var spokeEnd: (x: Double, y: Double)
        /// Whether the label was moved far enough from its spoke to need a leader line.
        var needsLeader: Bool

        /// The `x` and `text-anchor` of the `<text>` element.
        var anchor: (x: Double, textAnchor: String) {
            switch side {
            case .right: (box.minX, "start")
            case .left: (box.maxX, "end")
            case .top, .bottom: ((box.minX + box.maxX) / 2, "middle")
            }
        }
    }

    static let gap = 10.0, padding = 3.0

    let fontSize: Double
    var lineHeight: Double { (fontSize * 1.2).rounded(.up) }
    private(set) var labels: [Label] = []
    /// The plot and every label.
    private(set) var bounds: Box

    /// Lays out `texts`, one per spoke at `angles` (radians, clockwise from the x axis as SVG's y
    /// points down), around a plot of `radius`, wrapping lines at about `lineWidth` (at the plot's
    /// width above and below it).
    init(texts: [String], angles: [Double], radius: Double, fontSize: Double, lineWidth: Double) {
        self.fontSize = fontSize
        bounds = Box(minX: -radius, minY: -radius, maxX: radius, maxY: radius)
        let lineHeight = (fontSize * 1.2).rounded(.up)
        for (text, angle) in zip(texts, angles) {
            let c = cos(angle), s = sin(angle)
            let side: Side = abs(c) < 0.01 ? (s < 0 ? .top : .bottom) : (c > 0 ? .right : .left)
            // A label above or below the plot has the plot's width to spread over.
            let lines = Self.wrap(text, width: side == .left || side == .right ? lineWidth : max(lineWidth, radius * 1.6), fontSize: fontSize)
            let width = lines.map { TextWidth.of($0, fontSize: fontSize) }.max() ?? 0
            let height = Double(lines.count) * lineHeight
            let x = (radius + Self.gap) * c, y = (radius + Self.gap) * s
            let box: Box = switch side {
            case .right: Box(minX: x, minY: y - height / 2, maxX: x + width, maxY: y + height / 2)
            case .left: Box(minX: x - width, minY: y - height / 2, maxX: x, maxY: y + height / 2)
            case .top: Box(minX: x - width / 2, minY: y - height, maxX: x + width / 2, maxY: y)
            case .bottom: Box(minX: x - width / 2, minY: y, maxX: x + width / 2, maxY: y + height)
            }
            labels.append(Label(lines: lines, side: side, box: box, spokeEnd: (radius * c, radius * s), needsLeader: false))
        }
        let natural = labels.map(\.box)
        for side in [Side.left, .right] {
            spreadColumn(side)
            keepOutOfPlot(side, radius: radius)
            keepBelowTopLabels(side)
            keepOutOfPlot(side, radius: radius)
        }
        keepBottomLabelsBelow()
        for index in labels.indices {
            let moved = abs(labels[index].box.minY - natural[index].minY) + abs(labels[index].box.minX - natural[index].minX)
            labels[index].needsLeader = moved > lineHeight / 2
            bounds = bounds.union(labels[index].box)
        }
    }

    /// Spreads the labels of one side vertically, as close to their spokes as the others allow:
    /// boxes that would overlap are merged into a block centred where its members want to be.
    private mutating func spreadColumn(_ side: Side) {
        let column = labels.indices.filter { labels[$0].side == side }
            .sorted { labels[$0].box.minY + labels[$0].box.height / 2 < labels[$1].box.minY + labels[$1].box.height / 2 }
        // Each block: its members in order, and the top it is placed at.
        var blocks: [(members: [Int], top: Double)] = []
        for index in column {
            blocks.append(([index], labels[index].box.minY))
            while blocks.count > 1 {
                let last = blocks[blocks.count - 1], previous = blocks[blocks.count - 2]
                guard previous.top + extent(previous.members) > last.top else { break }
                let members = previous.members + last.members
                blocks.removeLast(2)
                blocks.append((members, bestTop(members)))
            }
        }
        for block in blocks {
            var top = block.top
            for index in block.members {
                labels[index].box.move(dy: top - labels[index].box.minY)
                top += labels[index].box.height + Self.padding
            }
        }
    }

    /// The height of stacked labels with padding after each.
    private func extent(_ members: [Int]) -> Double {
        members.reduce(0) { $0 + labels[$1].box.height + Self.padding }
    }

    /// The top of stacked `members` that moves them least (the mean of their wanted tops, each
    /// less the height stacked above it).
    private func bestTop(_ members: [Int]) -> Double {
        var above = 0.0, sum = 0.0
        for index in members {
            sum += labels[index].box.minY - above
            above += labels[index].box.height + Self.padding
        }
        return sum / Double(members.count)
    }

    /// Moves the labels of a side outwards until they clear the plot circle (with the gap).
    private mutating func keepOutOfPlot(_ side: Side, radius: Double) {
        let clear = radius + Self.gap
        for index in labels.indices where labels[index].side == side {
            let box = labels[index].box
            let nearest = box.minY <= 0 && box.maxY >= 0 ? 0 : min(abs(box.minY), abs(box.maxY))
            let reach = nearest >= clear ? 0 : (clear * clear - nearest * nearest).squareRoot()
            if side == .right, box.minX < reach { labels[index].box.move(dx: reach - box.minX) }
            if side == .left, box.maxX > -reach { labels[index].box.move(dx: -reach - box.maxX) }
        }
    }

    /// Pushes the labels of a side down, in order, below any top label they would overlap.
    private mutating func keepBelowTopLabels(_ side: Side) {
        let tops = labels.filter { $0.side == .top }.map(\.box)
        let column = labels.indices.filter { labels[$0].side == side }.sorted { labels[$0].box.minY < labels[$1].box.minY }
        var floor = -Double.infinity
        for index in column {
            var box = labels[index].box
            for top in tops where box.overlaps(top, padding: Self.padding) { floor = max(floor, top.maxY + Self.padding) }
            if box.minY < floor { box.move(dy: floor - box.minY) }
            labels[index].box = box
            floor = max(floor, box.maxY + Self.padding)
        }
    }

    /// Moves each bottom label down below every side label it would overlap.
    private mutating func keepBottomLabelsBelow() {
        for index in labels.indices where labels[index].side == .bottom {
            let obstacles = labels.indices.filter { $0 != index && labels[$0].side != .bottom }.sorted { labels[$0].box.minY < labels[$1].box.minY }
            for other in obstacles {
                let box = labels[index].box, obstacle = labels[other].box
                if box.overlaps(obstacle, padding: Self.padding) { labels[index].box.move(dy: obstacle.maxY + Self.padding - box.minY) }
            }
        }
    }

    /// Splits `text` into lines no wider than `width` where spaces allow; a single word wider
    /// than `width` keeps a line of its own, whole.
    static func wrap(_ text: String, width: Double, fontSize: Double) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || TextWidth.of(candidate, fontSize: fontSize) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
