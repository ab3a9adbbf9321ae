import Foundation
@testable import OtborCLI

/// A console that replays prepared input lines and records everything written, for tests.
///
/// Keys and lines are both taken one line at a time, as with a pipe; when the lines run out,
/// reads return `nil` (end of input). Prompts and the answers read are copied into ``output``
/// so a test can read it as a transcript.
final class ScriptedConsole: Console {
    private var lines: [String]
    private var next = 0
    /// Everything written so far, prompts and echoed input included.
    private(set) var output = ""

    let isInteractive = false
    let usesColour = false

    /// A console that will read `lines` in order.
    init(_ lines: [String]) {
        self.lines = lines
    }

    /// Adds more input, as a test that continues a run would.
    func feed(_ more: [String]) {
        lines += more
    }

    /// How many input lines were not read.
    var unread: Int { lines.count - next }

    func write(_ text: String) {
        output += text
    }

    func readLine(prompt: String) -> String? {
        output += prompt
        guard next < lines.count else {
            output += "<end of input>\n"
            return nil
        }
        let line = lines[next]
        next += 1
        output += line + "\n"
        return line
    }

    func readKey(prompt: String) -> String? {
        readLine(prompt: prompt).map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
