import Foundation
import OtborHTML

/// The text of every report's page footer: who made the report and when (the caller's clock).
struct ReportFooter: HTMLComponent {
    var strings: ReportStrings
    /// When the report was made, as the caller formatted it.
    var generatedAt: Date

    func write(to w: inout HTMLWriter) {
        w.text(strings[.generatedBy] + " · " + strings[.generatedAt] + ": ")
        w.isolated(strings.dates.dayAndTime(generatedAt))
    }
}
