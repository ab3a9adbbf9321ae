import OtborCore
import OtborHTML

/// `versions`: the content hashes of the profile and of every guide version the sessions used,
/// each shown by its first ``shortHashLength`` characters (as git shows commits) with the whole
/// hash in the cell's tooltip and `data-hash`.
struct VersionsSection: HTMLComponent {
    /// Characters of a hash shown.
    static let shortHashLength = 12

    let context: CandidateContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, input = context.input
        w.section("versions", heading: s[.versionsTitle]) { w in
            w.element("table", ["class": "versions"]) { w in
                w.headerRow([s[.content], s[.identifier], s[.contentHash], s[.sessions]], numeric: [3])
                w.element("tbody") { w in
                    w.element("tr", ["data-kind": "profile"]) { w in
                        w.element("td", text: s[.profile] + ": " + input.profile.title.text(in: context.language))
                        w.element("td") { w in w.identifier(input.profile.id) }
                        writeHash(input.profileHash, to: &w)
                        w.numberCell("")
                    }
                    var versions: [(guide: InterviewGuide, hash: String, count: Int)] = []
                    var index: [String: Int] = [:]
                    for session in context.sessions {
                        let key = session.guide.id + "\u{0}" + session.guideHash
                        if let position = index[key] {
                            versions[position].count += 1
                        } else {
                            index[key] = versions.count
                            versions.append((session.guide, session.guideHash, 1))
                        }
                    }
                    for version in versions {
                        w.element("tr", ["data-kind": "guide", "data-stage": version.guide.id]) { w in
                            w.element("td", text: s[.guide] + ": " + version.guide.title.text(in: context.language))
                            w.element("td") { w in w.identifier(version.guide.id) }
                            writeHash(version.hash, to: &w)
                            w.numberCell(String(version.count))
                        }
                    }
                }
            }
            w.muted(s[.versionsExplained])
        }
    }

    private func writeHash(_ hash: String, to w: inout HTMLWriter) {
        guard !hash.isEmpty else { return w.element("td", ["class": "hash"], text: "—") }
        w.element("td", ["class": "hash", "title": hash, "data-hash": hash], text: String(hash.prefix(Self.shortHashLength)))
    }
}
