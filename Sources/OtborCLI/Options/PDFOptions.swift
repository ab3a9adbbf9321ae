import ArgumentParser
import Foundation

/// `--pdf`: also print every report written to a PDF beside it, with a headless Chromium.
struct PDFOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(
        "Also print each report to a PDF beside it (A4), with a headless Chromium found on PATH.",
        discussion: "Looks for \(PDFPrinter.browserNames.joined(separator: ", ")); exit status 1 when a PDF could not be written."))
    var pdf = false

    /// The printer when `--pdf` is given. Without a browser it says what to install and fails
    /// with exit status 1, before any report is written.
    func printer(words: ConsoleWording) throws -> PDFPrinter? {
        guard pdf else { return nil }
        do {
            return try PDFPrinter(path: ProcessInfo.processInfo.environment["PATH"])
        } catch {
            Printer.error(words(.errorLine, ["message": error.message(words)]))
            throw ExitCode(ExitStatus.findings)
        }
    }
}
