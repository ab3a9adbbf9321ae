import OtborCore

/// A 24-group most/least inventory with every option keyed, for the DISC tests.
enum DISCTestInventory {
    static func groupID(_ index: Int) -> String { index < 9 ? "g0\(index + 1)" : "g\(index + 1)" }

    static let inventory = DISCInventory(
        id: "test-disc", title: LocalizedText(ru: "Тест", en: "Test"),
        groups: (0..<24).map { index in
            DISCInventory.Group(id: groupID(index), options: DISCFactor.allCases.map {
                DISCInventory.Option(factor: $0, text: LocalizedText(ru: "\($0.rawValue) \(index)"))
            })
        }
    )

    /// Answers giving M = (D 2, I 3, S 10, C 9) and L = (D 9, I 8, S 3, C 4), the F17 vector.
    static let f17Answers: DISCAnswers = {
        let most: [DISCFactor] = [.d, .d, .i, .i, .i] + Array(repeating: .s, count: 10) + Array(repeating: .c, count: 9)
        let least: [DISCFactor] = [.i, .i, .d, .d, .d] + Array(repeating: .d, count: 6) + Array(repeating: .c, count: 4)
            + Array(repeating: .i, count: 6) + Array(repeating: .s, count: 3)
        return DISCAnswers((0..<24).map { DISCAnswers.Answer(group: groupID($0), most: most[$0], least: least[$0]) })
    }()
}
