import ArgumentParser
import Foundation
import OtborCore
import OtborServer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--password-stdin`, and how a new password is read: the first line of standard input, or
/// typed twice at the terminal without being shown. Never an argument, which other users of the
/// machine could read in the process list.
struct PasswordOptions: ParsableArguments {
    @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
    var passwordFromStandardInput = false

    @Option(name: .customLong("bcrypt-cost"), help: .hidden)
    var bcryptCost: UInt8 = PasswordHasher.standardCost

    func validate() throws {
        guard (4...31).contains(bcryptCost) else { throw ValidationError(ConsoleWording.commandLine(.bcryptCost)) }
    }

    /// The new password, checked by ``PasswordRule``, hashed with bcrypt.
    func newPasswordHash(for login: LoginName) async throws -> String {
        let password = try newPassword(for: login)
        if let problem = PasswordRule.problem(password) { throw ValidationError(ErrorWording(.commandLine).message(problem)) }
        return try await PasswordHasher(cost: bcryptCost).hash(password)
    }

    private func newPassword(for login: LoginName) throws -> String {
        let words = ConsoleWording.commandLine
        if passwordFromStandardInput {
            guard let line = readLine(strippingNewline: true) else { throw ValidationError(words(.passwordInputEmpty)) }
            return line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationError(words(.passwordNeedsTerminal))
        }
        let first = try Self.prompt(words(.passwordPrompt, ["login": login.rawValue]))
        if let problem = PasswordRule.problem(first) { throw ValidationError(ErrorWording(.commandLine).message(problem)) }
        guard try Self.prompt(words(.passwordRepeat)) == first else { throw ValidationError(words(.passwordsDiffer)) }
        return first
    }

    /// Reads a line at the terminal with echo off, the prompt on standard error.
    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        let hidden = tcgetattr(STDIN_FILENO, &saved) == 0
        if hidden {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if hidden { _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw ValidationError(ConsoleWording.commandLine(.noPasswordTyped)) }
        return line
    }
}
