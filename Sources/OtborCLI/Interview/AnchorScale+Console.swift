import OtborCore

extension AnchorScale {
    /// The scale as lines for the console: `  3  text`, with a mark on borrowed levels.
    func lines(style: ConsoleStyle, words: ConsoleWording) -> [String] {
        guard !levels.isEmpty else { return [style.dim(words(.noAnchors))] }
        var lines = levels.map { level in
            "  " + style.bold("\(level.level)") + (level.fromCompetency ? " ·" : "  ") + level.text
        }
        if let competencyName {
            lines.append(style.dim(words(.competencyLevel, ["name": competencyName])))
        }
        return lines
    }
}
