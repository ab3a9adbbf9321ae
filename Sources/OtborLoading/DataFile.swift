import Foundation

/// Reading a data file (workspace YAML, a scoresheet, a ratings CSV) with its size bounded, so no
/// input of any size costs more memory or time than these limits allow. A file is read up to one
/// byte past its limit and refused then, whatever the file system says its size is (a pipe, a
/// file still growing).
public enum DataFile {
    /// Bytes of a YAML file (workspace content or a scoresheet): 4 MiB. The largest shipped guide
    /// is about 40 KB; a scoresheet of a group with long notes stays well under 1 MB.
    public static let yamlByteLimit = 4 << 20
    /// Lines and flow items of a YAML file (``YAMLSize``): 20,000, thirteen times the largest
    /// shipped file (`Profiles/competencies.yaml`); the parser makes at most about 40 MB of nodes
    /// of them, and the diagnostics of as many wrong keys take seconds, not minutes.
    public static let yamlNodeLimit = 20_000
    /// Bytes of a ratings CSV (`otbor stats agreement`): 4 MiB.
    public static let csvByteLimit = 4 << 20
    /// Bytes of one line of a ratings CSV: 64 KiB, room for thousands of assessors.
    public static let csvLineByteLimit = 64 << 10

    /// Why a file was not read.
    public enum Problem: Error, Sendable, Equatable {
        /// The system would not give the bytes, and why.
        case unreadable(WorkspaceProblem.Unreadable)
        /// More than `limit` bytes.
        case tooLarge(limit: Int)
    }

    /// The bytes of the file at `url`, or why not: it cannot be read, or it holds more than `limit` bytes.
    public static func read(_ url: URL, limit: Int) -> Result<Data, Problem> {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(reason(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & mode_t(S_IFMT) == mode_t(S_IFDIR) { return .failure(.unreadable(.isAFolder)) }
        var data = Data()
        while data.count <= limit {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: min(1 << 20, limit + 1 - data.count))
            } catch {
                let code = (error as NSError).domain == NSPOSIXErrorDomain ? Int32((error as NSError).code) : EIO
                return .failure(.unreadable(reason(code)))
            }
            // Foundation answers nil, or empty data, at the end of the file.
            guard let chunk, !chunk.isEmpty else { return .success(data) }
            data.append(chunk)
        }
        return .failure(.tooLarge(limit: limit))
    }

    /// Why a call that set `errno` to `code` failed, as a reader of the file can act on it.
    static func reason(_ code: Int32) -> WorkspaceProblem.Unreadable {
        switch code {
        case ENOENT, ENOTDIR: .notFound
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .isAFolder
        default: .other(String(cString: strerror(code)))
        }
    }

    /// The diagnostic, at the first line of the file `path`, that refuses it for `problem`.
    static func diagnostic(_ problem: Problem, path: String) -> Diagnostic {
        switch problem {
        case .unreadable(let reason): Diagnostic(.error, path: path, line: 1, column: 1, .workspace(.unreadable(reason)))
        case .tooLarge(let limit): Diagnostic(.error, path: path, line: 1, column: 1, .fileTooLarge(limit: limit))
        }
    }
}
