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
        guard (4...31).contains(bcryptCost) else { throw ValidationError("--bcrypt-cost is between 4 and 31") }
    }

    /// The new password, checked by ``PasswordRule``, hashed with bcrypt.
    func newPasswordHash(for login: LoginName) async throws -> String {
        let password = try newPassword(for: login)
        if let problem = PasswordRule.problem(password) { throw ValidationError(problem) }
        return try await PasswordHasher(cost: bcryptCost).hash(password)
    }

    private func newPassword(for login: LoginName) throws -> String {
        if passwordFromStandardInput {
            guard let line = readLine(strippingNewline: true) else { throw ValidationError("standard input is empty; give the password on its first line") }
            return line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("give the password on standard input with --password-stdin, or run the command in a terminal")
        }
        let first = try Self.prompt("New password for \(login): ")
        if let problem = PasswordRule.problem(first) { throw ValidationError(problem) }
        guard try Self.prompt("Repeat it: ") == first else { throw ValidationError("the two passwords differ; nothing was changed") }
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
        guard let line = readLine(strippingNewline: true) else { throw ValidationError("no password was typed") }
        return line
    }
}
