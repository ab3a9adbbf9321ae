import OtborCore

extension ReportStrings {
    /// A stage's progress as its CSS class, symbol and words: `done` ✓, `in-progress` ◐, `not-started` ○.
    func progress(_ progress: StageProgress) -> (cssClass: String, symbol: String, text: String) {
        switch progress {
        case .done: (progress.rawValue, "✓", self[.progressDone])
        case .inProgress: (progress.rawValue, "◐", self[.progressInProgress])
        case .notStarted: (progress.rawValue, "○", self[.progressNotStarted])
        }
    }
}
