@testable import OtborCLI

/// A scripted console that notes, at every read, the prompt shown, the line read and what the
/// store held at that moment (from `state`, or the error reading it raised).
final class RecordingConsole: Console {
    /// One read: the prompt, the input it got (`nil` at end of input) and the store's state before it.
    struct Read {
        var prompt: String
        var input: String?
        var state: Result<String, any Error>
    }

    let scripted: ScriptedConsole
    private let state: () throws -> String
    private(set) var reads: [Read] = []

    init(_ lines: [String], state: @escaping () throws -> String) {
        scripted = ScriptedConsole(lines)
        self.state = state
    }

    var isInteractive: Bool { scripted.isInteractive }
    var usesColour: Bool { scripted.usesColour }
    var output: String { scripted.output }

    func write(_ text: String) { scripted.write(text) }

    func readLine(prompt: String) -> String? {
        let before = Result { try state() }
        let line = scripted.readLine(prompt: prompt)
        reads.append(Read(prompt: prompt, input: line, state: before))
        return line
    }

    func readKey(prompt: String) -> String? {
        let before = Result { try state() }
        let key = scripted.readKey(prompt: prompt)
        reads.append(Read(prompt: prompt, input: key, state: before))
        return key
    }

    /// Read number `index` (one per input line) and the read after it.
    func read(_ index: Int) -> (this: Read, next: Read)? {
        index + 1 < reads.count ? (reads[index], reads[index + 1]) : nil
    }
}
