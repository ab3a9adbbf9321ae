import ArgumentParser
import OtborCore
import OtborServices

/// Finding content by the id a user typed (``ContentLibrary/requireProfile(_:)`` in Services),
/// worded for the terminal as a usage error that lists what exists.
enum Lookup {
    static func profile(_ id: String, in library: ContentLibrary, words: ConsoleWording) throws -> JobProfile {
        do { return try library.requireProfile(id) } catch { throw ValidationError(ErrorWording(words).message(error)) }
    }

    static func guide(_ id: String, in library: ContentLibrary, words: ConsoleWording) throws -> InterviewGuide {
        do { return try library.requireGuide(id) } catch { throw ValidationError(ErrorWording(words).message(error)) }
    }
}
