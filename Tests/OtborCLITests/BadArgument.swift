import Foundation
import Testing

/// One wrong command line for ``BadArgumentsTests``: the arguments, the words the error must say,
/// and which database the run gets.
struct BadArgument: Sendable, CustomTestStringConvertible {
    /// The database of a run.
    enum Database: Sendable {
        /// None: the command takes no database (`validate`, `profiles` …).
        case none
        /// A path where no file is: the run must not create it.
        case absent
        /// A database with candidate 1 (Анна Петрова, with a manager-interview session) and candidate 2:
        /// the run must leave its rows as they were.
        case seeded
    }

    var arguments: [String]
    /// A part of standard error that names what was wrong.
    var expected: String
    var database: Database

    init(_ arguments: [String], _ expected: String, _ database: Database) {
        self.arguments = arguments
        self.expected = expected
        self.database = database
    }

    /// `$FOLDER` in an argument stands for the run's temporary folder.
    func resolved(folder: URL) -> [String] {
        arguments.map { $0.replacingOccurrences(of: "$FOLDER", with: folder.path) }
    }

    var testDescription: String { "otbor " + arguments.joined(separator: " ") }
}
