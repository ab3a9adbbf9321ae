import Testing
import OtborCore

struct ClockTimeTests {
    @Test("HH:MM parses to minutes after midnight", arguments: [
        ("09:00", 540), ("9:30", 570), ("00:00", 0), ("23:59", 1439),
        ("24:00", nil), ("12:60", nil), ("9", nil), ("9:5", nil), ("ab:cd", nil), ("", nil),
    ] as [(String, Int?)])
    func parsing(_ text: String, _ minutes: Int?) {
        #expect(ClockTime(text)?.minutes == minutes)
    }

    @Test("renders with leading zeros")
    func rendering() {
        #expect(ClockTime(minutes: 545).description == "09:05")
        #expect(ClockTime(minutes: 1080).description == "18:00")
    }
}
