import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The console of a real run: standard input and output.
///
/// On a terminal, key prompts read one keystroke in raw mode (Ctrl-C counts as `q`, Ctrl-D as
/// end of input) and notes are read as whole lines with the terminal's own line editing. Without
/// a terminal (a pipe, a file), keys and notes are both read line by line. End of input pauses
/// the runner. Colour is used only when standard output is a terminal, `NO_COLOR` is unset and
/// `TERM` is not `dumb`.
final class TerminalConsole: Console {
    let isInteractive: Bool
    let usesColour: Bool
    private var buffer: [UInt8] = []
    private var atEnd = false

    /// The console of this process; installs the terminal's restore and signal handlers once.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        isInteractive = isatty(STDIN_FILENO) == 1
        usesColour = isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        TerminalMode.install()
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    func readLine(prompt: String) -> String? {
        write(prompt)
        let line = nextLine()
        // From a pipe nothing echoes the input: show it, so the output reads as a transcript.
        if !isInteractive, let line { write(line + "\n") }
        return line
    }

    /// The next line of input, without its line break; `nil` at end of input or on Ctrl-C.
    private func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            guard fill() else {
                write("\n")
                return nil
            }
        }
    }

    func readKey(prompt: String) -> String? {
        guard isInteractive else { return readLine(prompt: prompt)?.trimmingCharacters(in: .whitespaces) }
        write(prompt)
        let key: String? = TerminalMode.withRawMode {
            guard let first = readByte() else { return nil }
            switch first {
            case 0x03: return "q"          // Ctrl-C pauses
            case 0x04: return nil          // Ctrl-D ends input
            case 0x0A, 0x0D: return ""
            case 0x1B:
                drainPending()            // an escape sequence (arrow keys …) is not a key here
                return "\u{1B}"
            default:
                var bytes = [first]
                let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
                while bytes.count < length, let next = readByte() { bytes.append(next) }
                return String(decoding: bytes, as: UTF8.self)
            }
        }
        let shown = key.map { $0 == "\u{1B}" ? "Esc" : $0 } ?? ""
        write(shown + "\n")
        return key
    }

    /// Reads more bytes into the buffer; `false` at end of input or on Ctrl-C.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if TerminalMode.takeInterrupt() { return false }
            let count = chunk.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
                return true
            }
            if count < 0 && errno == EINTR {
                if TerminalMode.takeInterrupt() { return false }
                continue
            }
            atEnd = true
            return !buffer.isEmpty
        }
    }

    /// One byte straight from the terminal (raw mode), `nil` at end of input or on Ctrl-C.
    private func readByte() -> UInt8? {
        if !buffer.isEmpty { return buffer.removeFirst() }
        var byte: UInt8 = 0
        while true {
            if TerminalMode.takeInterrupt() { return 0x03 }
            let count = Foundation.read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && errno == EINTR {
                if TerminalMode.takeInterrupt() { return 0x03 }
                continue
            }
            return nil
        }
    }

    /// Discards bytes that are already waiting, such as the rest of an escape sequence.
    private func drainPending() {
        var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        var byte: UInt8 = 0
        while poll(&poller, 1, 20) > 0, Foundation.read(STDIN_FILENO, &byte, 1) == 1 {}
    }
}
