import OtborStore

/// What the terminal says about an erasure's scrub: nothing when it is done, else where the
/// erased text still is, who holds it, and how it ends.
enum ErasureNotice {
    /// The line for a pending scrub of the database at `location`, `nil` when the scrub is done.
    static func pending(_ scrub: ErasureScrub, location: String, words: ConsoleWording) -> String? {
        guard case .pending(let readers) = scrub else { return nil }
        let message = readers.isEmpty ? words(.erasurePending, ["path": location])
            : words(.erasurePendingReaders, ["path": location, "pids": readers.map(String.init).joined(separator: ",")])
        return words(.noteLine, ["message": message])
    }
}
