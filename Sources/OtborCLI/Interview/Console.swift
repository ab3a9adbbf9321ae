/// Where the interview runner talks to the assessor: text out, keys and lines in.
///
/// ``TerminalConsole`` reads single keys from a terminal and lines from a pipe; the tests have a
/// scripted console that replays a list of lines. A `nil` read means the input ended
/// (end of file, Ctrl-D, Ctrl-C while typing a line); the runner treats it as a pause.
protocol Console: AnyObject {
    /// Whether a person types at a terminal: keys are read one at a time without Enter.
    var isInteractive: Bool { get }
    /// Whether output may carry ANSI colour (a terminal, and `NO_COLOR` unset).
    var usesColour: Bool { get }

    /// Writes `text` as it is (add the line break yourself).
    func write(_ text: String)

    /// Shows `prompt` and reads one line of text, without its line break; `nil` at end of input.
    func readLine(prompt: String) -> String?

    /// Shows `prompt` and reads one key: a single keystroke on a terminal, else one line with
    /// surrounding spaces removed; `nil` at end of input.
    func readKey(prompt: String) -> String?
}

extension Console {
    /// Writes `text` and a line break.
    func writeLine(_ text: String = "") {
        write(text + "\n")
    }

    /// The styling this console allows.
    var style: ConsoleStyle { ConsoleStyle(enabled: usesColour) }
}
