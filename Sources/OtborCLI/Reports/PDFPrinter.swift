import ArgumentParser
import Dispatch
import Foundation

/// Printing written report pages to PDF with a headless Chromium (or Chrome) found on PATH: one
/// browser run per page, bounded by ``timeout``, in a private temporary profile; the PDF goes
/// next to the page, under the same name with `.pdf`, through ``ReportFolder`` (mode 0600).
struct PDFPrinter {
    /// Why a PDF was not written; ``message(_:)`` words it for the terminal, `description` in English.
    enum Failure: Error, CustomStringConvertible {
        /// None of ``browserNames`` is on PATH.
        case noBrowser
        case noScratchFolder(name: String, reason: String)
        case notWritten(browser: String, page: String)
        case cannotStart(browser: String, name: String, reason: String)
        case timedOut(browser: String, name: String, seconds: Int)

        /// The failure in the terminal's language.
        func message(_ words: ConsoleWording) -> String {
            switch self {
            case .noBrowser: words(.pdfNoBrowser, ["names": words.list(browserNames)])
            case .noScratchFolder(let name, let reason): words(.pdfNoScratch, ["name": name, "reason": reason])
            case .notWritten(let browser, let page): words(.pdfNotWritten, ["browser": browser, "page": page])
            case .cannotStart(let browser, let name, let reason): words(.pdfCannotStart, ["browser": browser, "name": name, "reason": reason])
            case .timedOut(let browser, let name, let seconds):
                words(.pdfTimeout, ["browser": browser, "name": name, "seconds": String(seconds)])
            }
        }

        var description: String { message(ConsoleWording(language: .en)) }
    }

    /// The browser commands looked for on PATH, in this order.
    static let browserNames = ["chromium", "chromium-browser", "google-chrome"]

    /// The browser's path.
    let browser: String
    /// The longest one page may take, in seconds.
    var timeout: TimeInterval = 60

    /// A printer running `browser`.
    init(browser: String) {
        self.browser = browser
    }

    /// A printer with the first of ``browserNames`` found in the folders of `path` (PATH's form).
    init(path: String?) throws(Failure) {
        let folders = (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for name in Self.browserNames {
            if let found = folders.map({ $0 + "/" + name }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
                browser = found
                return
            }
        }
        throw .noBrowser
    }

    /// Prints the page at `html` (a file in `folder`) to a PDF beside it and returns the PDF's
    /// path. Throws ``Failure`` when the browser does not print it, and the folder's error when
    /// the PDF cannot be written.
    func print(_ html: String, into folder: ReportFolder) throws -> String {
        let page = URL(fileURLWithPath: html)
        let name = page.deletingPathExtension().lastPathComponent + ".pdf"
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-pdf-" + UUID().uuidString)
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure.noScratchFolder(name: name, reason: error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("page.pdf")
        try run(arguments(page: page, output: output, profile: scratch.appendingPathComponent("profile")), printing: name)
        guard let data = FileManager.default.contents(atPath: output.path), data.starts(with: Array("%PDF".utf8)) else {
            throw Failure.notWritten(browser: URL(fileURLWithPath: browser).lastPathComponent, page: page.lastPathComponent)
        }
        return try folder.write(data, as: name)
    }

    /// The browser's command line: headless, no first-run or background work, Chromium's own
    /// header and footer off (the stylesheet's page-margin boxes print instead); without the
    /// sandbox only when running as root, where Chromium refuses to start with it.
    func arguments(page: URL, output: URL, profile: URL) -> [String] {
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
            "--user-data-dir=" + profile.path, "--no-pdf-header-footer", "--print-to-pdf=" + output.path,
        ]
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        arguments.append(page.absoluteString)
        return arguments
    }

    /// Runs the browser and waits at most ``timeout``; stops it (TERM, then KILL) when it takes longer.
    private func run(_ arguments: [String], printing name: String) throws(Failure) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .cannotStart(browser: browser, name: name, reason: error.localizedDescription)
        }
        guard finished.wait(timeout: .now() + timeout) == .timedOut else { return }
        process.terminate()
        if finished.wait(timeout: .now() + 5) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        throw .timedOut(browser: URL(fileURLWithPath: browser).lastPathComponent, name: name, seconds: Int(timeout))
    }
}

extension PDFPrinter {
    /// Prints each page in turn, calling `written` with each PDF's path. A page that fails is
    /// reported on standard error, worded by `words`, and the others are still printed; then exit status 1.
    func printAll(_ pages: [String], into folder: ReportFolder, words: ConsoleWording, written: (String) -> Void) throws {
        var failed = 0
        for page in pages {
            do {
                written(try print(page, into: folder))
            } catch let failure as Failure {
                Printer.error(words(.errorLine, ["message": failure.message(words)]))
                failed += 1
            }
        }
        guard failed > 0 else { return }
        Printer.error(words(.errorLine, ["message": words(.pdfFailed, ["failed": String(failed), "total": String(pages.count)])]))
        throw ExitCode(ExitStatus.findings)
    }
}
