import ArgumentParser
import OtborCore
import OtborLoading

/// Finding content by the id a user typed, with an error that lists what exists.
enum Lookup {
    static func profile(_ id: String, in library: ContentLibrary, words: ConsoleWording) throws -> JobProfile {
        if let profile = library.profile(id) { return profile }
        throw ValidationError(words(.unknownProfile, ["id": id, "known": library.profiles.map(\.id).joined(separator: ", ")]))
    }

    static func guide(_ id: String, in library: ContentLibrary, words: ConsoleWording) throws -> InterviewGuide {
        if let guide = library.guide(id) { return guide }
        throw ValidationError(words(.unknownGuide, ["id": id, "known": library.guides.map(\.id).joined(separator: ", ")]))
    }
}
