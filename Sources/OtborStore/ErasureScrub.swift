/// Whether the text of erased candidates is gone from the disk, or still in the database's files.
///
/// An erasure deletes in one short transaction, so no other writer waits behind it. Readers that
/// began before it (an export piped into a pager, a report being written) may still read the old
/// pages, so the engine cannot overwrite them yet; it does so as soon as they finish, on the next
/// write or when asked (``CampaignStore/scrubErasures(waiting:)``).
public enum ErasureScrub: Sendable, Equatable {
    /// No erased text is left in the database's files.
    case done
    /// Readers still hold pages with erased text. `readers` are the process ids of those in other
    /// processes, when the system tells (Linux); empty when unknown or in this process.
    case pending(readers: [Int32])
}
