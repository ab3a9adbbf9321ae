/// Numbers as people write them: `80`, not `80.0`; `4.5` stays `4.5`.
public enum CompactNumber {
    public static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
