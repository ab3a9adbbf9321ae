import Foundation
import OtborTestSupport

/// Paths of the test fixtures and temporary copies of the minimal workspace.
enum FixtureWorkspace {
    /// The repository root.
    static let repository = OtborProcess.repository
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures")
    static let minimal = fixtures.appendingPathComponent("minimal")

    /// A fresh copy of the minimal workspace with `fixture` put in place of the file its first line
    /// names (`# replaces: Interviews/phone.yaml`).
    static func copy(replacingWith fixture: URL) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-fixture-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: minimal, to: root)
        let data = try Data(contentsOf: fixture)
        let firstLine = String(decoding: data.prefix { $0 != 0x0A }, as: UTF8.self)
        guard firstLine.hasPrefix("# replaces: ") else { throw FixtureError.noTarget(fixture.lastPathComponent) }
        let target = root.appendingPathComponent(String(firstLine.dropFirst("# replaces: ".count)))
        try data.write(to: target)
        return root
    }

    enum FixtureError: Error {
        case noTarget(String)
    }
}
