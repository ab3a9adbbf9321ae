import Foundation

/// The fields of a URL-encoded form in order, a name possibly repeated (checkboxes), decoded
/// (`+` as a space, then percent-escapes); a pair that does not decode is left out.
struct FormFields: Sendable {
    var pairs: [(name: String, value: String)]

    init(_ body: String) {
        pairs = body.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String? { text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else { return nil }
            return (name, value)
        }
    }

    /// The first value of `name`, trimmed of spaces at either end.
    subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value.trimmingCharacters(in: .whitespaces)
    }

    /// Every value of `name`, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }
}
