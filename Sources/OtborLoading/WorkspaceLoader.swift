import Foundation
import OtborCore
import Yams

/// Loads and validates a workspace: every file, every problem, one run.
public struct WorkspaceLoader: Sendable {
    /// What loading produced: the content that could be read, and every problem found.
    public struct Result: Sendable {
        public var library: ContentLibrary
        /// Sorted by file, line and column.
        public var diagnostics: [Diagnostic]
    }

    public static let profilesFolder = "Profiles"
    public static let interviewsFolder = "Interviews"
    public static let libraryFile = "Profiles/competencies.yaml"
    public static let discFile = "Interviews/disc.yaml"
    public static let lettersFile = "Letters/letters.yaml"

    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Reads every data file of the workspace and checks it, alone and against the others. Without
    /// `warnings`, only errors are looked for: a command that needs the content, not advice on its
    /// wording, skips the warning checks (a third of the time of loading the shipped workspace).
    public func load(warnings: Bool = true) -> Result {
        var diagnostics: [Diagnostic] = []
        var references: [PendingReference] = []
        var library = ContentLibrary()
        var composed: [WorkspaceChecks.ComposedFile] = []

        func read<T>(_ relative: String, _ decode: (NodeReader, Node) -> T?) -> T? {
            let url = root.appendingPathComponent(relative)
            let data: Data
            switch DataFile.read(url, limit: DataFile.yamlByteLimit) {
            case .success(let bytes): data = bytes
            case .failure(let problem):
                diagnostics.append(DataFile.diagnostic(problem, path: relative))
                return nil
            }
            let (node, problem) = YAMLDocument.parse(data, path: relative)
            if let problem { diagnostics.append(problem) }
            guard let node else { return nil }
            let source = String(decoding: data, as: UTF8.self)
            if warnings { composed.append(.init(path: relative, root: node, source: source, isGuide: relative.hasPrefix(Self.interviewsFolder))) }
            let reader = NodeReader(path: relative)
            let value = decode(reader, node)
            diagnostics += reader.diagnostics
            references += reader.references
            return value
        }

        var competencyIDs: Set<String>?
        if exists(Self.libraryFile) {
            if let (competencies, ids) = read(Self.libraryFile, { reader, node in reader.competencyLibrary(node) }) {
                library.competencies = competencies
                competencyIDs = ids
            }
        } else {
            diagnostics.append(Diagnostic(.error, path: Self.libraryFile, line: 1, column: 1, .workspace(.libraryMissing)))
        }

        let guideFiles = yamlFiles(in: Self.interviewsFolder).filter { $0 != "disc" }
        var loadedGuides: [LoadedGuide] = []
        for stem in guideFiles {
            if let guide = read("\(Self.interviewsFolder)/\(stem).yaml", { reader, node in reader.guide(node, stem: stem) }) {
                loadedGuides.append(guide)
            }
        }
        library.guides = loadedGuides.map(\.guide)
        if exists(Self.discFile) {
            library.disc = read(Self.discFile) { reader, node in reader.discInventory(node) }
        }
        if exists(Self.lettersFile) {
            library.letters = read(Self.lettersFile) { reader, node in reader.letterCatalogue(node) }
        }

        var loadedProfiles: [LoadedProfile] = []
        for stem in yamlFiles(in: Self.profilesFolder) where stem != "competencies" {
            if let profile = read("\(Self.profilesFolder)/\(stem).yaml", { reader, node in reader.profile(node, stem: stem) }) {
                loadedProfiles.append(profile)
            }
        }
        for index in loadedProfiles.indices {
            for requirementIndex in loadedProfiles[index].profile.requirements.indices {
                let id = loadedProfiles[index].profile.requirements[requirementIndex].competency
                if loadedProfiles[index].implicitGroups.contains(id), let competency = library.competency(id) {
                    loadedProfiles[index].profile.requirements[requirementIndex].group = competency.group
                }
            }
        }
        library.profiles = loadedProfiles.map(\.profile)

        let checks = WorkspaceChecks(
            library: library, competencyIDs: competencyIDs, guideIDs: Set(guideFiles),
            profileIDs: Set(yamlFiles(in: Self.profilesFolder).filter { $0 != "competencies" }),
            loadedGuides: loadedGuides, loadedProfiles: loadedProfiles)
        diagnostics += checks.resolve(references)
        let filesWithErrors = Set(diagnostics.errors.map(\.path))
        if warnings {
            diagnostics += checks.assessmentCentreWarnings(skipping: filesWithErrors)
            diagnostics += checks.peopleTextWarnings(composed)
        }
        return Result(library: library, diagnostics: diagnostics.sorted())
    }

    private func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
    }

    /// Stems of the `.yaml` files directly in `folder`, sorted.
    private func yamlFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }
}
