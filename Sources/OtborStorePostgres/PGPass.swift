import Foundation

/// libpq's password file: lines of `host:port:database:user:password`, where `*` matches anything
/// and `\:` and `\\` stand for a colon and a backslash. The first matching line wins. A file that
/// others may read (mode beyond 0600) is ignored, as libpq does.
public enum PGPass {
    /// The file `PGPASSFILE` names, else `~/.pgpass`, when it exists and only its owner may read it.
    public static func file(environment: [String: String]) -> String? {
        let path = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { ($0 as NSString).appendingPathComponent(".pgpass") }
        guard let path, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text
    }

    /// The password of the first line of `text` that matches, `nil` when none does.
    public static func password(in text: String, host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = self.fields(String(line))
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The fields of a line, split at unescaped colons, with `\:` and `\\` unescaped.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
