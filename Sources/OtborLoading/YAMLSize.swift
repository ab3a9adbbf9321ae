/// Bounds the nodes a YAML text can make before the parser builds them: every node of a YAML
/// document starts on a new line or after a comma of a flow collection (depth is bounded apart,
/// by ``NestingGuard``), so lines plus commas bound the nodes. Commas inside quoted text count
/// too, which only makes the bound safer.
enum YAMLSize {
    /// The line at which lines plus commas pass ``DataFile/yamlNodeLimit``, or `nil` when they do not.
    static func lineOverLimit(in text: String, limit: Int = DataFile.yamlNodeLimit) -> Int? {
        var count = 0, line = 1
        for byte in text.utf8 where byte == UInt8(ascii: "\n") || byte == UInt8(ascii: ",") {
            count += 1
            if count > limit { return line }
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        return nil
    }
}
