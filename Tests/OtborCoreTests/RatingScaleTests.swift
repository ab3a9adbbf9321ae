import Testing
import OtborCore

struct RatingScaleTests {
    @Test("the scale's ends, points and tolerance")
    func ends() {
        #expect(RatingScale.levels == 1...5)
        #expect(RatingScale.bounds == 1.0...5.0)
        #expect(RatingScale.points == 5)
        #expect(RatingScale.tolerance == 1e-9)
    }

    @Test("a share of the way up the scale and back: 1 + 4·q and (s − 1)/4")
    func shares() {
        #expect([0, 0.25, 0.5, 0.75, 1].map(RatingScale.value(atShare:)) == [1, 2, 3, 4, 5])
        #expect([1, 2, 3, 4, 5].map(RatingScale.share(of:)) == [0, 0.25, 0.5, 0.75, 1])
        #expect(CompositeScore.to100(4) == 75 && CompositeScore.to100(1) == 0 && CompositeScore.to100(5) == 100)
    }

    @Test("a written rating is one digit on the scale and nothing else", arguments: [
        ("3", 3), (" 4 ", 4), ("1", 1), ("5", 5),
        ("+3", nil), ("03", nil), ("0x4", nil), ("3.0", nil), ("6", nil), ("0", nil), ("-1", nil), ("٣", nil), ("", nil), ("3 4", nil),
    ] as [(String, Int?)])
    func written(_ text: String, _ expected: Int?) {
        #expect(RatingScale.rating(written: text) == expected)
    }

    @Test("clamping keeps values inside 1…5, ends included")
    func clamp() {
        #expect([-3, 0.999, 1, 3.5, 5, 5.001, 9].map(RatingScale.clamp) == [1, 1, 1, 3.5, 5, 5, 5])
    }

    @Test("half steps on the scale are consensus values; anything else is not", arguments: [
        (1.0, true), (1.5, true), (3.0, true), (4.5, true), (5.0, true),
        (0.5, false), (5.5, false), (3.14, false), (3.25, false), (1.0.nextDown, false), (5.0.nextUp, false),
        (2.5.nextUp, false), (.nan, false), (.infinity, false),
    ])
    func halfSteps(_ value: Double, _ expected: Bool) {
        #expect(RatingScale.isHalfStep(value) == expected)
    }

    @Test("a real value lies on the scale with both ends included")
    func containsReal() {
        #expect(RatingScale.contains(1.0) && RatingScale.contains(5.0) && RatingScale.contains(2.75))
        #expect(!RatingScale.contains(1.0.nextDown) && !RatingScale.contains(5.0.nextUp) && !RatingScale.contains(Double.nan))
    }

    @Test("the consensus values are the half steps of the scale, each accepted by isHalfStep")
    func halfSteps() {
        #expect(RatingScale.halfSteps == [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5])
        #expect(RatingScale.halfSteps.allSatisfy(RatingScale.isHalfStep))
    }
}
