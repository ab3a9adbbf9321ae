import Foundation
import OtborTestSupport

/// A tiny file system of its own (tmpfs) that a test can fill to the last byte. Mounting needs
/// root and a system that allows it: where it does not, ``available`` is false and the tests that
/// need a full disk are skipped.
final class SmallDisk: @unchecked Sendable {
    let folder: TemporaryFolder
    private let filler: URL

    var url: URL { folder.url }

    /// Mounts a tmpfs of `size` (such as "8m") on a fresh temporary folder.
    init(size: String = "8m") throws {
        folder = try TemporaryFolder("otbor-disk")
        filler = folder.file("filler")
        guard Self.command("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", folder.path]) == 0 else {
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    deinit {
        _ = Self.command("/bin/umount", ["-l", folder.path])
    }

    /// Whether this machine lets the tests mount a tmpfs (root, and mount permitted).
    static let available: Bool = getuid() == 0 && (try? SmallDisk(size: "64k")) != nil

    /// Fills the disk, then frees `room` bytes of it.
    func fill(leaving room: Int = 0) throws {
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        let block = Data(count: 4096)
        while (try? handle.write(contentsOf: block)) != nil {}
        try handle.close()
        if room > 0 {
            let size = try FileManager.default.attributesOfItem(atPath: filler.path)[.size] as? Int ?? 0
            truncate(filler.path, off_t(max(0, size - room)))
        }
    }

    private static func command(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
