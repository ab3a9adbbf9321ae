import Foundation
import OtborHTML
import OtborReport

extension ReportFolder {
    /// Removes the candidate reports (pages and their PDFs) of candidates who are not among
    /// `ids`, such as people erased since the folder was last written; returns the removed paths.
    func removeCandidateReports(keeping ids: [String]) -> [String] {
        let kept = Set(ids.map { ReportFileName.candidate(id: $0) })
        return entries().filter { name in
            name.hasPrefix("candidate-") && Self.isReport(name) && !kept.contains(Self.page(name))
        }.compactMap(remove)
    }

    /// The reports in the folder that name a person: their own report by `id`, and every page
    /// (a comparison, the index …) that shows `name`, with the PDFs of those pages.
    func reports(naming name: String, id: String) -> [String] {
        let own = ReportFileName.candidate(id: id)
        let shown = HTMLWriter.escaped(name)
        let pages = Set(entries().filter { $0.hasSuffix(".html") }.filter { page in
            page == own || (try? String(contentsOf: url.appendingPathComponent(page), encoding: .utf8))?.contains(shown) == true
        })
        return entries().filter { Self.isReport($0) && pages.contains(Self.page($0)) }.map { url.appendingPathComponent($0).path }
    }

    /// The file names in the folder, sorted; hidden files left out.
    private func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The page a report file belongs to: itself, or for a PDF the page it was printed from.
    private static func page(_ name: String) -> String {
        name.hasSuffix(".pdf") ? String(name.dropLast(4)) + ".html" : name
    }

    /// Removes `name`; its path when it was removed.
    private func remove(_ name: String) -> String? {
        let path = url.appendingPathComponent(name).path
        return unlink(path) == 0 ? path : nil
    }
}
