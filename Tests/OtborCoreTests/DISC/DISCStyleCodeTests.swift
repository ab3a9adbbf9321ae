import Testing
import OtborCore

struct DISCStyleCodeTests {
    static func code(_ d: Int, _ i: Int, _ s: Int, _ c: Int, margin: Int = 1) -> DISCStyleCode {
        DISCStyleCode(composite: DISCFactorValues(d: d, i: i, s: s, c: c), margin: margin)
    }

    @Test("F18: the F17 composite (−7, −5, 7, 5) has high S and C ⇒ SC")
    func blend() {
        let code = Self.code(-7, -5, 7, 5)
        #expect(code.highFactors == [.s, .c])
        #expect(code.style?.description == "SC")
        #expect(!code.isAmbiguous && code.description == "SC")
    }

    @Test("F18: (−4, −4, 10, −2) has only S high ⇒ the pure style S")
    func pure() {
        let code = Self.code(-4, -4, 10, -2)
        #expect(code.highFactors == [.s])
        #expect(code.style?.description == "S")
    }

    @Test("F18: (−6, −6, 6, 6) ties the top two ⇒ ambiguous SC/CS")
    func tie() {
        let code = Self.code(-6, -6, 6, 6)
        #expect(code.isAmbiguous && code.style == nil)
        #expect(code.candidates.map(\.description) == ["SC", "CS"])
        #expect(code.description == "SC/CS")
    }

    @Test("no high factor gives no code")
    func none() {
        let code = Self.code(0, 0, 0, 0)
        #expect(code.candidates.isEmpty && code.style == nil && !code.isAmbiguous)
        #expect(code.description == "—")
    }

    @Test("the margin decides what is high")
    func margin() {
        #expect(Self.code(-4, -1, 3, 2).description == "SC")
        #expect(Self.code(-4, -1, 3, 2, margin: 3).description == "S")
        #expect(Self.code(-4, -1, 3, 2, margin: 4).description == "—")
        #expect(Self.code(-1, -1, 1, 1, margin: 1).description == "SC/CS")
    }

    @Test("ties for the second place or among three factors are ambiguous too")
    func otherTies() {
        #expect(Self.code(-12, 2, 8, 2).description == "SI/SC")
        #expect(Self.code(3, 3, 3, -9).description == "DI/DS/ID/IS/SD/SI")
    }
}
