import Foundation
import OtborHTML

extension Page {
    /// The frame every report shares: the print frame with the report stylesheet inline and a
    /// footer with the generation time, `<html lang>` from the strings, `kind` on `<body>`.
    /// Printed pages carry `runningHeader` at the top (the title when `nil`) and "page / pages"
    /// at the bottom.
    static func report(
        title: String, kind: StaticString, strings: ReportStrings, generatedAt: Date, runningHeader: String? = nil
    ) -> Page {
        Page(title: title, language: strings.language.rawValue, bodyClass: kind,
             frame: .print(PrintFrame(stylesheet: Stylesheet.css, footer: ReportFooter(strings: strings, generatedAt: generatedAt),
                                      runningHeader: runningHeader ?? title)))
    }
}
