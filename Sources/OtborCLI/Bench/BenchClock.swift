import Foundation

/// Wall-clock measurement helpers of `otbor bench`.
enum BenchClock {
    /// Monotonic seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Seconds `body` takes.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    /// Seconds `body` takes, for work that awaits.
    static func time(_ body: () async throws -> Void) async rethrows -> Double {
        let start = now()
        try await body()
        return now() - start
    }

    /// The median of `runs` timings of `body`, in seconds, for work that awaits.
    static func median(runs: Int, _ body: (Int) async throws -> Void) async rethrows -> Double {
        var times: [Double] = []
        for run in 0..<runs { times.append(try await time { try await body(run) }) }
        return median(times)
    }

    /// The median of `runs` timings of `body`, in seconds.
    static func median(runs: Int, _ body: (Int) throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for run in 0..<runs { times.append(try time { try body(run) }) }
        return median(times)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The nearest-rank percentile `p` (0…100) of `values`.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The peak resident set size of this process so far, in MB. On Linux it is `VmHWM` of
    /// `/proc/self/status`, the high-water mark of this program's own memory: `getrusage`'s
    /// `ru_maxrss` survives `execve`, so a program started by a large one (a test runner) would
    /// report its parent's peak. Elsewhere `getrusage` (bytes on macOS).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
            return kilobytes / 1024
        }
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
        #endif
    }
}
