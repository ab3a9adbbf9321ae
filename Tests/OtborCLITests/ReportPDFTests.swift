import Foundation
@testable import OtborCLI
import OtborCore
import OtborTestSupport
import Testing

/// `otbor report … --pdf` and `otbor demo --pdf`: the browser found on PATH, its command line, a
/// bounded wait, the message without one, and a real PDF when Chromium is installed (as in CI).
struct ReportPDFTests {
    static let chromiumInstalled = (try? PDFPrinter(path: ProcessInfo.processInfo.environment["PATH"])) != nil

    /// A folder with an executable `name` that runs `script` (sh).
    static func fakeBrowser(_ name: String, in folder: URL, script: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try ("#!/bin/sh\n" + script + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test("the browser is the first of chromium, chromium-browser, google-chrome on PATH; none gives the install hint")
    func lookup() throws {
        let temporary = try TemporaryFolder("otbor-pdf-path")
        let chrome = temporary.file("a"), chromium = temporary.file("b")
        for folder in [chrome, chromium] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        _ = try Self.fakeBrowser("google-chrome", in: chrome, script: "exit 0")
        let browser = try Self.fakeBrowser("chromium-browser", in: chromium, script: "exit 0")
        #expect(try PDFPrinter(path: chrome.path + ":" + chromium.path).browser == browser)
        #expect(try PDFPrinter(path: chrome.path).browser == chrome.appendingPathComponent("google-chrome").path)
        for path in ["", "/nonexistent", ":"] {
            #expect { try PDFPrinter(path: path) } throws: { error in
                "\(error)".hasSuffix("none of chromium, chromium-browser, google-chrome is on PATH; install Chromium: sudo apt-get install chromium")
            }
        }
    }

    @Test("the command line: headless, a private profile, no header and footer of Chromium's own, no sandbox only as root")
    func arguments() {
        let printer = PDFPrinter(browser: "/usr/bin/chromium")
        let arguments = printer.arguments(page: URL(fileURLWithPath: "/r/candidate-1.html"), output: URL(fileURLWithPath: "/t/page.pdf"),
                                          profile: URL(fileURLWithPath: "/t/profile"))
        #expect(arguments.first == "--headless" && arguments.last == "file:///r/candidate-1.html")
        for argument in ["--user-data-dir=/t/profile", "--no-pdf-header-footer", "--print-to-pdf=/t/page.pdf", "--no-first-run"] {
            #expect(arguments.contains(argument), "\(argument)")
        }
        #expect(arguments.contains("--no-sandbox") == (geteuid() == 0))
    }

    @Test("a browser that hangs is stopped after the timeout; one that writes nothing is reported; neither leaves a file")
    func failures() throws {
        let temporary = try TemporaryFolder("otbor-pdf-fail")
        let folder = try ReportFolder(path: temporary.file("out").path, words: ConsoleWording(language: .en))
        let page = try folder.write("<p>x</p>", as: "candidate-1.html")
        var hanging = PDFPrinter(browser: try Self.fakeBrowser("chromium", in: temporary.url, script: "exec sleep 30"))
        hanging.timeout = 1
        let started = Date()
        #expect { try hanging.print(page, into: folder) } throws: { error in
            "\(error)" == "chromium did not finish printing candidate-1.pdf within 1 s; stopped it"
        }
        #expect(Date().timeIntervalSince(started) < 10)
        let silent = PDFPrinter(browser: try Self.fakeBrowser("google-chrome", in: temporary.url, script: "exit 0"))
        #expect { try silent.print(page, into: folder) } throws: { error in "\(error)" == "google-chrome wrote no PDF for candidate-1.html" }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["candidate-1.html"])
    }

    @Test("--pdf without Chromium on PATH: the install hint in the language of --lang, exit status 1, nothing written", arguments: [
        ["report", "all", "--pdf"], ["demo", "--pdf", "--lang", "ru"], ["report", "candidate", "1", "--pdf", "--lang", "en"],
    ])
    func noChromium(_ command: [String]) throws {
        let temporary = try TemporaryFolder("otbor-pdf-none")
        let out = temporary.file("reports")
        let output = try OtborProcess.run(command + ["--out", out.path, "--workspace", OtborProcess.repository.path]
            + (command[0] == "report" ? ["--database", temporary.file("c.sqlite").path] : []), environment: ["PATH": ""])
        #expect(output.status == 1, "\(output.stderr)")
        let expected = command.contains("en")
            ? "error: --pdf prints with a headless Chromium, and none of chromium, chromium-browser, google-chrome "
                + "is on PATH; install Chromium: sudo apt-get install chromium\n"
            : "ошибка: --pdf печатает через Chromium без окна, а ни одной из программ chromium, chromium-browser, google-chrome "
                + "нет в `PATH`; установите Chromium: `sudo apt-get install chromium`\n"
        #expect(output.stderr == expected)
        #expect(output.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("report candidate --pdf prints the page to an A4 PDF beside it, mode 0600, and lists both",
          .enabled(if: chromiumInstalled, "Chromium is installed in CI; --pdf needs it"))
    func printsPDF() throws {
        let campaign = try CampaignFixture()
        let anna = try campaign.addCandidate("Анна Петрова")
        try campaign.rate(anna, guide: "manager-interview", assessor: "Ирина") { _ in 4 }
        let out = campaign.folder.appendingPathComponent("reports")
        let output = try campaign.run(["report", "candidate", anna.description, "--pdf", "--out", out.path])
        #expect(output.status == 0, "\(output.stderr)")
        let html = out.appendingPathComponent("candidate-\(anna.description).html").path
        let pdf = out.appendingPathComponent("candidate-\(anna.description).pdf").path
        #expect(output.stdout == html + "\n" + pdf + "\n")
        let bytes = try #require(FileManager.default.contents(atPath: pdf))
        #expect(bytes.starts(with: Array("%PDF-".utf8)) && bytes.count > 10_000)
        #expect(String(decoding: bytes, as: UTF8.self).contains("/MediaBox [0 0 594.9"))
        let mode = try FileManager.default.attributesOfItem(atPath: pdf)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
            "candidate-\(anna.description).html", "candidate-\(anna.description).pdf"])
    }
}
