import Foundation

/// A consensus rating as recorded, with its author and time; the assessors' ratings stay as they were.
public struct ConsensusRecord: Sendable, Hashable {
    public var consensus: Consensus
    public var recordedBy: String
    public var recordedAt: Date

    public init(consensus: Consensus, recordedBy: String, recordedAt: Date) {
        self.consensus = consensus
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
