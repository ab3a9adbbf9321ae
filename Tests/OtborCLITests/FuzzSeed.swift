import Foundation
import OtborCore

/// The seed of the randomised hardening tests: `OTBOR_FUZZ_SEED` (decimal, or hex after `0x`) when
/// set, else a fixed default, so a failure is repeated by running again with the seed it printed.
enum FuzzSeed {
    static let fallback: UInt64 = 20_261_123

    /// The seed to use, and how it was chosen (for the line the tests print).
    static var value: (seed: UInt64, origin: String) {
        guard let text = ProcessInfo.processInfo.environment["OTBOR_FUZZ_SEED"]?.trimmingCharacters(in: .whitespaces),
              !text.isEmpty else { return (fallback, "default") }
        let parsed = text.lowercased().hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
        guard let parsed else { return (fallback, "default; OTBOR_FUZZ_SEED='\(text)' is not a number") }
        return (parsed, "OTBOR_FUZZ_SEED")
    }
}

extension SplitMix64 {
    /// Uniform in `range`, from this generator alone, so a seed means the same on every platform.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// `true` with probability `chance`.
    mutating func chance(_ chance: Double) -> Bool {
        unit() < chance
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(in: 0...(elements.count - 1))]
    }
}
