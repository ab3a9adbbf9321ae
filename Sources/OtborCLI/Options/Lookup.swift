import ArgumentParser
import OtborCore
import OtborLoading

/// Finding content by the id a user typed, with an error that lists what exists.
enum Lookup {
    static func profile(_ id: String, in library: ContentLibrary) throws -> JobProfile {
        if let profile = library.profile(id) { return profile }
        throw ValidationError(unknown("profile", id, library.profiles.map(\.id)))
    }

    static func guide(_ id: String, in library: ContentLibrary) throws -> InterviewGuide {
        if let guide = library.guide(id) { return guide }
        throw ValidationError(unknown("guide", id, library.guides.map(\.id)))
    }

    private static func unknown(_ what: String, _ id: String, _ known: [String]) -> String {
        "unknown \(what) '\(id)'; known \(what)s: \(known.joined(separator: ", "))"
    }
}
