/// Elapsed time as every front end's timer shows it: `mm:ss`, or `h:mm:ss` from one hour on.
public enum ElapsedTime {
    /// `05:07`, `75:00`, `1:15:00`; negative time reads as zero.
    public static func text(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(two(total / 60)):\(two(rest))"
    }
}
