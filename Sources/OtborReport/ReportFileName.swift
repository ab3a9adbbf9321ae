/// The file names reports are written under, so that links between them always agree:
/// `candidate-<id>.html`, `compare-<profile>.html`, `raters-<profile>.html` and `index.html`.
///
/// Ids are made safe for any file system and for a relative link: ASCII letters, digits and
/// `-` stay as they are, every other byte of the UTF-8 id becomes `_XX` (hex), so different ids
/// give different names; an id whose safe form exceeds 80 characters is cut and followed by a
/// 64-bit FNV-1a hash of the whole id.
public enum ReportFileName {
    /// The index page of a run.
    public static let index = "index.html"

    /// `candidate-<id>.html`.
    public static func candidate(id: String) -> String { "candidate-" + safe(id) + ".html" }

    /// `compare-<profile>.html`.
    public static func comparison(profile: String) -> String { "compare-" + safe(profile) + ".html" }

    /// `raters-<profile>.html`.
    public static func raters(profile: String) -> String { "raters-" + safe(profile) + ".html" }

    /// Whether `name` is a plain relative file name a report may link to: no scheme, no path,
    /// no `..`, only ASCII letters, digits, `-`, `_` and `.`, ending in `.html`.
    public static func isLinkable(_ name: String) -> Bool {
        guard name.hasSuffix(".html"), !name.hasPrefix("."), name.utf8.count <= 200 else { return false }
        return name.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
        } && !name.contains("..")
    }

    /// The id in its file-name form.
    static func safe(_ id: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(id.utf8.count)
        for byte in id.utf8 {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D {
                bytes.append(byte)
            } else {
                bytes += [0x5F, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        if bytes.isEmpty { bytes = Array("_".utf8) }
        guard bytes.count > 80 else { return String(decoding: bytes, as: UTF8.self) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var suffix: [UInt8] = []
        for shift in stride(from: 60, through: 0, by: -4) { suffix.append(hex[Int((hash >> UInt64(shift)) & 0x0F)]) }
        return String(decoding: bytes.prefix(80), as: UTF8.self) + "-" + String(decoding: suffix, as: UTF8.self)
    }
}
