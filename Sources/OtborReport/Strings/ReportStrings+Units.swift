extension ReportStrings {
    /// A number of minutes with its unit, kept on one line: "35 мин", "35 min".
    func minutes(_ value: Int) -> String {
        numbers.whole(value) + "\u{00A0}" + self[.minutesShort]
    }
}
