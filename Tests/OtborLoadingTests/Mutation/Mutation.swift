import Foundation

/// One damaged file, with everything needed to reproduce it: the corpus seed and its number.
struct Mutation: Sendable, CustomStringConvertible {
    var seed: UInt64
    /// Its number in the corpus of `seed`.
    var index: Int
    /// The file's path as diagnostics name it.
    var path: String
    var kind: MutationKind
    /// Where and how the file was damaged.
    var detail: String
    var data: Data
    /// The line of the damaged byte, when the damage is one place (see ``YAMLMutator/Damage``).
    var damagedLine: Int?

    var description: String {
        "seed \(seed) mutation #\(index) \(kind.rawValue) of \(path) (\(detail)); rerun with OTBOR_FUZZ_SEED=\(seed)"
    }

    /// Writes the damaged bytes to a temporary file and names it, for a failure message.
    func saved() -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("otbor-mutation-\(seed)-\(index)-\((path as NSString).lastPathComponent)")
        return (try? data.write(to: url)) == nil ? "(could not save the damaged file)" : "damaged file saved as \(url.path)"
    }
}
