import Foundation
import Testing
import OtborCore

struct DISCCircumplexTests {
    struct Row: Sendable, CustomStringConvertible {
        var composite: [Int], x: Double, y: Double, angle: Double
        var anchor: DISCCircumplex.Anchor, anchorDistance: Double, delta: Double, fit: Double
        var description: String { "\(composite)" }
    }

    static let rows = [
        Row(composite: [-7, -5, 7, 5], x: 2, y: -12, angle: 279.462322, anchor: .steadinessConscientiousness,
            anchorDistance: 9.462322, delta: 9.462322, fit: 0.986394),
        Row(composite: [-4, -4, 10, -2], x: 6, y: -8, angle: 306.869898, anchor: .steadiness,
            anchorDistance: 8.130102, delta: 36.869898, fit: 0.800000),
        Row(composite: [-6, -6, 6, 6], x: 0, y: -12, angle: 270, anchor: .steadinessConscientiousness,
            anchorDistance: 0, delta: 0, fit: 1),
    ]

    static func position(_ c: [Int]) -> DISCCircumplex {
        DISCCircumplex(composite: DISCFactorValues(d: c[0], i: c[1], s: c[2], c: c[3]))
    }

    @Test("F19: x, y, θ, nearest anchor, Δ to SC and fit", arguments: rows)
    func table(_ row: Row) throws {
        let position = Self.position(row.composite)
        #expect(position.x == row.x && position.y == row.y)
        #expect(abs(try #require(position.angle) - row.angle) < 1e-6)
        #expect(position.nearestAnchor == row.anchor)
        #expect(abs(try #require(position.anchorDistance) - row.anchorDistance) < 1e-6)
        let sc = try #require(DISCStyle(lenient: "SC"))
        #expect(abs(try #require(position.angularDistance(to: sc)) - row.delta) < 1e-6)
        #expect(abs(try #require(position.fit(to: sc)) - row.fit) < 1e-6)
    }

    @Test("a blend target has the same angle in either order")
    func blendOrder() throws {
        let position = Self.position([-7, -5, 7, 5])
        for (a, b) in [("SC", "CS"), ("DI", "ID"), ("CD", "DC"), ("IS", "SI")] {
            let first = try #require(DISCStyle(lenient: a)), second = try #require(DISCStyle(lenient: b))
            #expect(DISCCircumplex.Anchor(style: first) == DISCCircumplex.Anchor(style: second))
            #expect(position.fit(to: first) == position.fit(to: second))
        }
        #expect(DISCCircumplex.Anchor(style: DISCStyle(factors: [.c, .s]))?.angle == 270)
    }

    @Test("anchor angles: IS 0°, I 45°, DI 90°, D 135°, CD 180°, C 225°, SC 270°, S 315°")
    func anchorAngles() throws {
        let expected = ["IS": 0.0, "I": 45, "DI": 90, "D": 135, "CD": 180, "C": 225, "SC": 270, "S": 315]
        for (code, angle) in expected {
            let style = try #require(DISCStyle(lenient: code))
            let anchor = try #require(DISCCircumplex.Anchor(style: style))
            #expect(anchor.angle == angle && anchor.rawValue == code)
        }
    }

    @Test("each factor alone points at its own anchor")
    func pureFactors() {
        #expect(Self.position([3, -1, -1, -1]).nearestAnchor == .dominance)
        #expect(Self.position([-1, 3, -1, -1]).nearestAnchor == .influence)
        #expect(Self.position([-1, -1, 3, -1]).nearestAnchor == .steadiness)
        #expect(Self.position([-1, -1, -1, 3]).nearestAnchor == .conscientiousness)
        #expect(Self.position([-1, -1, -1, 3]).angle == 225)
    }

    @Test("the fit to SC equals the cosine similarity with the prototype (−1, −1, 1, 1)")
    func prototype() throws {
        let c = [-7.0, -5, 7, 5]
        let cosine = (-c[0] - c[1] + c[2] + c[3]) / (2 * (c.map { $0 * $0 }.reduce(0, +)).squareRoot())
        let sc = try #require(DISCStyle(lenient: "SC"))
        let fit = try #require(Self.position([-7, -5, 7, 5]).fit(to: sc))
        #expect(abs(fit - cosine) < 1e-12)
    }

    @Test("a flat composite has no angle and no fit; opposite letters have no anchor")
    func undefined() throws {
        let flat = Self.position([0, 0, 0, 0])
        #expect(flat.angle == nil && flat.nearestAnchor == nil)
        #expect(flat.fit(to: try #require(DISCStyle(lenient: "SC"))) == nil)
        #expect(Self.position([5, -5, 5, -5]).angle == nil)
        #expect(DISCCircumplex.Anchor(style: try #require(DISCStyle(lenient: "DS"))) == nil)
        #expect(DISCCircumplex.Anchor(style: try #require(DISCStyle(lenient: "IC"))) == nil)
        #expect(DISCCircumplex.Anchor(style: try #require(DISCStyle(lenient: "SCD"))) == .steadinessConscientiousness)
    }

    @Test("angular distance is the short way round")
    func angularDistance() {
        #expect(DISCCircumplex.angularDistance(350, 10) == 20)
        #expect(DISCCircumplex.angularDistance(0, 180) == 180)
        #expect(DISCCircumplex.angularDistance(315, 0) == 45)
    }
}
