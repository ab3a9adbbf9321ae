import ArgumentParser
import OtborCore
import OtborStore

/// The workspace content and the campaign database together, with the lookups commands share.
struct Campaign {
    var library: ContentLibrary
    var store: Store

    init(workspace: WorkspaceOptions, database: StoreOptions) throws {
        library = try workspace.library()
        store = try database.open(workspace: workspace)
    }

    /// The profile a candidate is scored against: `explicit`, else their only application's.
    func profileID(candidate: Candidate, explicit: String?) throws -> String {
        let applied = try store.applications(candidate: candidate.id).map(\.profile)
        if let explicit {
            guard applied.contains(explicit) else {
                let list = applied.isEmpty ? "none yet" : applied.joined(separator: ", ")
                throw ValidationError("candidate \(candidate.id!) has no application for '\(explicit)' (applications: \(list))")
            }
            return explicit
        }
        switch applied.count {
        case 1: return applied[0]
        case 0: throw ValidationError("candidate \(candidate.id!) has no interviews yet; start one with `otbor interview start`")
        default: throw ValidationError("candidate \(candidate.id!) applied for \(applied.joined(separator: ", ")); choose one with --profile")
        }
    }

    /// `explicit`, else the only profile anyone in the database applied for.
    func profileID(explicit: String?) throws -> String {
        let applied = Array(Set(try store.applications().map(\.profile))).sorted()
        if let explicit {
            guard applied.contains(explicit) else {
                throw ValidationError("nobody has applied for '\(explicit)' yet (profiles in the database: \(applied.isEmpty ? "none" : applied.joined(separator: ", ")))")
            }
            return explicit
        }
        switch applied.count {
        case 1: return applied[0]
        case 0: throw ValidationError("the database has no interviews yet; start one with `otbor interview start`")
        default: throw ValidationError("the database has candidates for \(applied.joined(separator: ", ")); choose one with --profile")
        }
    }

    /// A note for each profile or guide whose files changed since the sessions recorded them.
    func contentChanges(_ evidence: [CandidateEvidence]) -> [String] {
        var notes: Set<String> = []
        for item in evidence {
            if let current = library.profile(item.application.profile), (try? ContentHash.of(current)) != item.application.profileHash {
                notes.insert("profile \(item.application.profile) changed since it was recorded; scores use the recorded version")
            }
            for session in item.sessions {
                if let current = library.guide(session.guide), (try? ContentHash.of(current)) != session.guideHash {
                    notes.insert("guide \(session.guide) changed since session \(session.id!) used it; scores use the recorded version")
                }
            }
        }
        return notes.sorted()
    }
}
