import Testing
import OtborCore

struct DISCStyleTests {
    @Test("codes are read leniently, Cyrillic look-alikes included", arguments: [
        ("SC", "SC"), ("SС", "SC"), ("sc", "SC"), ("сс", nil), ("D", "D"), ("IS", "IS"), ("ІS", "IS"),
        ("S C", "SC"), ("SX", nil), ("SS", nil), ("", nil), ("DISC", "DISC"),
    ] as [(String, String?)])
    func lenientParsing(_ code: String, _ expected: String?) {
        #expect(DISCStyle(lenient: code)?.description == expected)
    }

    @Test("factors keep the order they are written in")
    func order() {
        #expect(DISCStyle(lenient: "CS")?.factors == [.c, .s])
    }
}
