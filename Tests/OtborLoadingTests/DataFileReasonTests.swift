import Foundation
import OtborTestSupport
import Testing
@testable import OtborLoading

/// A file the system would not give is refused with the reason a person can act on: it is not
/// there, it is a folder, or reading it is not allowed.
@Suite("Data file reasons")
struct DataFileReasonTests {
    @Test("a missing file, a folder and a file without read permission each name their reason")
    func reasons() throws {
        let folder = try TemporaryFolder("otbor-unreadable")
        let missing = folder.url.appendingPathComponent("missing.yaml")
        #expect(DataFile.read(missing, limit: 10) == .failure(.unreadable(.notFound)))
        let inside = folder.url.appendingPathComponent("missing/inside.yaml")
        #expect(DataFile.read(inside, limit: 10) == .failure(.unreadable(.notFound)))
        #expect(DataFile.read(folder.url, limit: 10) == .failure(.unreadable(.isAFolder)))
        #expect(DataFile.diagnostic(.unreadable(.isAFolder), path: "Interviews/x.yaml").description
            == "Interviews/x.yaml:1:1: error: cannot read the file: it is a folder")

        let locked = folder.url.appendingPathComponent("locked.yaml")
        try Data("id: x\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        // The superuser reads any file; the permission check means something only for others.
        if geteuid() != 0 {
            #expect(DataFile.read(locked, limit: 10) == .failure(.unreadable(.permissionDenied)))
        } else {
            #expect(DataFile.read(locked, limit: 10) == .success(Data("id: x\n".utf8)))
        }
    }

    @Test("the reasons of errno: not found, permission denied, a folder, or the system's own words", arguments: [
        (ENOENT, WorkspaceProblem.Unreadable.notFound), (ENOTDIR, .notFound), (EACCES, .permissionDenied), (EPERM, .permissionDenied),
        (EISDIR, .isAFolder), (EIO, .other(String(cString: strerror(EIO)))),
    ])
    func reason(_ code: Int32, _ expected: WorkspaceProblem.Unreadable) {
        #expect(DataFile.reason(code) == expected)
    }
}
