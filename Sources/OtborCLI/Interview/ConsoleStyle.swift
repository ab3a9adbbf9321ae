/// ANSI styling that is applied only when the console allows colour; otherwise text passes
/// through unchanged, so pipes, logs and `NO_COLOR` users get plain text.
struct ConsoleStyle: Sendable {
    /// Whether escape codes are written.
    var enabled: Bool

    // Each wraps `text` in one SGR code (when enabled).
    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
