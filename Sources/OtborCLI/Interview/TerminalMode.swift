#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Switches the terminal on standard input between its normal (line) mode and the raw mode in
/// which single keys are read, and puts it back whatever happens: after each key, at exit, and
/// on a fatal signal. A Ctrl-C while a line is read interrupts the read instead of killing the
/// process, so the runner can pause and save the sitting; a second Ctrl-C ends the process.
enum TerminalMode {
    /// The terminal settings before the first switch to raw mode.
    nonisolated(unsafe) private static var saved = termios()
    /// 1 while raw mode is on (read by signal handlers).
    nonisolated(unsafe) private static var rawActive: sig_atomic_t = 0
    /// Set by the Ctrl-C handler; cleared by ``takeInterrupt()``.
    nonisolated(unsafe) private static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) private static var installed = false

    /// Installs the handlers once: restore at exit, restore and re-raise on fatal signals,
    /// interrupt reads on the first Ctrl-C, ignore SIGPIPE (a closed output is not fatal).
    static func install() {
        guard !installed else { return }
        installed = true
        _ = tcgetattr(STDIN_FILENO, &saved)
        atexit { TerminalMode.restore() }
        signal(SIGPIPE, SIG_IGN)
        for fatal in [SIGTERM, SIGHUP, SIGQUIT] {
            setHandler(fatal, flags: 0) { signalNumber in
                TerminalMode.restore()
                signal(signalNumber, SIG_DFL)
                raise(signalNumber)
            }
        }
        setHandler(SIGINT, flags: 0) { signalNumber in
            TerminalMode.restore()
            if TerminalMode.interrupted != 0 {
                signal(signalNumber, SIG_DFL)
                raise(signalNumber)
            }
            TerminalMode.interrupted = 1
        }
    }

    /// Whether Ctrl-C was pressed since the last call; clears the mark.
    static func takeInterrupt() -> Bool {
        defer { interrupted = 0 }
        return interrupted != 0
    }

    /// Runs `body` with the terminal in raw mode (no line buffering, no echo, Ctrl-C as a key).
    static func withRawMode<T>(_ body: () -> T) -> T {
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else { return body() }
        rawActive = 1
        defer { restore() }
        return body()
    }

    /// Puts the saved settings back if raw mode is on; safe inside a signal handler.
    static func restore() {
        guard rawActive != 0 else { return }
        rawActive = 0
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
    }

    /// `sigaction` without `SA_RESTART`, so a blocked `read` returns `EINTR`.
    private static func setHandler(_ signalNumber: Int32, flags: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        action.sa_flags = flags
        sigemptyset(&action.sa_mask)
        _ = sigaction(signalNumber, &action, nil)
    }
}
