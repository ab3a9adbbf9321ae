/// What `otbor db migrate` did, or with a dry run would do: the migrations of this build by name.
public struct MigrationReport: Sendable, Equatable {
    /// Every migration this build knows, oldest first.
    public var known: [String]
    /// The migrations that were pending: applied now, or (dry run) still to apply, oldest first.
    public var pending: [String]

    public init(known: [String], pending: [String]) {
        self.known = known
        self.pending = pending
    }
}
