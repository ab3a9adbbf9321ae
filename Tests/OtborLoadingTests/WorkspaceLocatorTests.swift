import Foundation
import Testing
@testable import OtborLoading

struct WorkspaceLocatorTests {
    @Test("walks up from a nested folder to the workspace")
    func walksUp() throws {
        let nested = FixtureWorkspace.minimal.appendingPathComponent("Interviews")
        let found = try WorkspaceLocator.locate(explicit: nil, environment: [:], currentDirectory: nested.path)
        #expect(found.standardizedFileURL.path == FixtureWorkspace.minimal.standardizedFileURL.path)
    }

    @Test("--workspace wins over OTBOR_WORKSPACE, which wins over the current folder")
    func precedence() throws {
        let repository = FixtureWorkspace.repository.path, minimal = FixtureWorkspace.minimal.path
        #expect(try WorkspaceLocator.locate(explicit: minimal, environment: ["OTBOR_WORKSPACE": repository],
                                            currentDirectory: "/").path == minimal)
        #expect(try WorkspaceLocator.locate(explicit: nil, environment: ["OTBOR_WORKSPACE": minimal],
                                            currentDirectory: repository).path == minimal)
    }

    @Test("a folder that is not a workspace is refused with the reason")
    func refusesNonWorkspace() {
        #expect(throws: WorkspaceLocator.NotFound.self) {
            try WorkspaceLocator.locate(explicit: "/tmp", environment: [:], currentDirectory: "/")
        }
        #expect(throws: WorkspaceLocator.NotFound.self) {
            try WorkspaceLocator.locate(explicit: nil, environment: [:], currentDirectory: "/proc")
        }
    }
}
