import Foundation

/// The mutations of a set of good files for one seed: every kind of damage in turn, files in turn,
/// each mutation drawn from its own generator so that it depends only on the seed and its number.
struct MutationCorpus {
    /// A good file: its path as diagnostics name it, and its bytes.
    struct Original: Sendable {
        var path: String
        var data: Data
    }

    static let defaultSeed: UInt64 = 20_261_123

    /// `OTBOR_FUZZ_SEED` when set (decimal, or hex after `0x`), otherwise ``defaultSeed``; printed once per run.
    static let seed: UInt64 = {
        let text = ProcessInfo.processInfo.environment["OTBOR_FUZZ_SEED"]?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let parsed = text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
        let seed = parsed ?? defaultSeed
        let note = text.isEmpty || parsed != nil ? "" : " (OTBOR_FUZZ_SEED='\(text)' is not a number)"
        print("mutation corpus seed: \(seed)\(note)  (set OTBOR_FUZZ_SEED to reproduce or to try another)")
        return seed
    }()

    /// The seed of the run (``seed``): what a failure tells to set `OTBOR_FUZZ_SEED` to.
    let seed: UInt64
    /// Tells the corpora of one run apart (the content files, the scoresheets …).
    let salt: UInt64
    let originals: [Original]

    init(seed: UInt64, salt: UInt64 = 0, originals: [Original]) {
        self.seed = seed
        self.salt = salt
        self.originals = originals
    }

    /// Mutation number `index`.
    func mutation(_ index: Int) -> Mutation {
        let kinds = MutationKind.allCases
        let kind = kinds[index % kinds.count]
        let original = originals[(index / kinds.count) % originals.count]
        var mutator = YAMLMutator(seed: seed ^ salt ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        let damage = mutator.mutate(original.data, kind)
        return Mutation(seed: seed, index: index, path: original.path, kind: kind, detail: damage.detail, data: damage.data,
                        damagedLine: damage.line)
    }

    /// The first `count` mutations.
    func mutations(_ count: Int) -> [Mutation] {
        (0..<count).map(mutation)
    }

    /// The content files of a workspace (`Profiles/*.yaml`, `Interviews/*.yaml`, no sub-folders),
    /// with their paths relative to it, sorted.
    static func contentFiles(of root: URL) throws -> [Original] {
        try ["Profiles", "Interviews"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".yaml") }.sorted()
                .map { name in
                    let path = "\(folder)/\(name)"
                    return Original(path: path, data: try Data(contentsOf: root.appendingPathComponent(path)))
                }
        }
    }
}
