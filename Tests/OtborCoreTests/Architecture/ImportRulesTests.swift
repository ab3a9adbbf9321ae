import Foundation
import Testing

/// The layering of Docs/Architecture.md, checked on the source: every `import` of every target is
/// one its rule allows, and no command file names a concrete database engine.
struct ImportRulesTests {
    /// What each target may import (Foundation, Dispatch and the C library are allowed everywhere).
    static let allowed: [String: Set<String>] = [
        "OtborCore": [],
        "OtborLoading": ["OtborCore", "Yams"],
        "OtborStore": ["OtborCore", "Crypto"],
        "OtborStoreSQLite": ["OtborCore", "OtborStore", "GRDB", "GRDBSQLite"],
        "OtborStorePostgres": ["OtborCore", "OtborStore", "PostgresNIO", "Logging"],
        "OtborHTML": [],
        "OtborReport": ["OtborCore", "OtborHTML"],
        "OtborServices": ["OtborCore", "OtborLoading", "OtborStore", "OtborReport", "OtborHTML"],
        "OtborServer": ["OtborCore", "OtborStore", "OtborServices", "OtborHTML", "OtborReport", "Hummingbird", "HummingbirdAuth",
                        "HummingbirdBcrypt", "Logging", "NIOCore", "NIOPosix", "ServiceLifecycle", "Crypto"],
        "OtborCLI": ["OtborCore", "OtborLoading", "OtborStore", "OtborStoreSQLite", "OtborStorePostgres", "OtborReport", "OtborHTML", "OtborServices",
                     "OtborServer", "ArgumentParser", "Logging", "NIOCore", "NIOPosix", "NIOHTTP1"],
        "otbor": ["OtborCLI"],
    ]
    static let everywhere: Set<String> = ["Foundation", "Dispatch", "Glibc", "Darwin", "Musl"]

    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Every Swift file of `target` with its text.
    static func files(of target: String) throws -> [(path: String, text: String)] {
        let root = sources.appendingPathComponent(target)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return try walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map {
            ("\(target)/\($0)", try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// The modules a file imports (`import X`, `@testable import X`, `import struct X.Y`).
    static func imports(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ").map(String.init).filter { !$0.hasPrefix("@") }
            guard words.first == "import", words.count >= 2 else { return nil }
            let module = words.count >= 3 && ["struct", "class", "enum", "protocol", "func", "typealias"].contains(words[1])
                ? words[2] : words[1]
            return String(module.split(separator: ".").first ?? "")
        }
    }

    @Test("every target imports only what its layer allows", arguments: allowed.keys.sorted())
    func importsFollowTheLayers(target: String) throws {
        let files = try Self.files(of: target)
        #expect(!files.isEmpty, "no sources found for \(target) under \(Self.sources.path)")
        let permitted = Self.allowed[target, default: []].union(Self.everywhere)
        for (path, text) in files {
            for module in Self.imports(text) where !permitted.contains(module) {
                Issue.record("\(path) imports \(module), which \(target) may not import")
            }
        }
    }

    @Test("no command file names a concrete store; only Options/StoreOptions.swift chooses the engine")
    func commandsUseTheProtocol() throws {
        let files = try Self.files(of: "OtborCLI")
        for (path, text) in files where path.contains("/Commands/") || path.contains("/Interview/") || path.contains("/Output/") {
            #expect(!text.contains("SQLiteStore") && !text.contains("OtborStoreSQLite"), "\(path) names the SQLite engine")
            #expect(!text.contains("PostgresStore") && !text.contains("OtborStorePostgres"), "\(path) names the PostgreSQL engine")
        }
        let choosing = files.filter { $0.text.contains("SQLiteStore(") || $0.text.contains("PostgresStore(") }.map(\.path)
        #expect(choosing.allSatisfy { $0.hasSuffix("Options/StoreOptions.swift") || $0.contains("/Bench/") }, "\(choosing)")
    }

    @Test("the server names no engine: the CLI opens the store and hands it over as `any CampaignStore`")
    func serverUsesTheProtocol() throws {
        for (path, text) in try Self.files(of: "OtborServer") {
            #expect(!text.contains("SQLiteStore") && !text.contains("GRDB"), "\(path) names the SQLite engine")
            #expect(!text.contains("PostgresStore") && !text.contains("PostgresNIO"), "\(path) names the PostgreSQL engine")
        }
    }

    @Test("the import reader sees plain, attributed and scoped imports")
    func readsImports() {
        #expect(Self.imports("import GRDB\n@testable import OtborStore\nimport struct Foundation.Date\nlet important = 1")
            == ["GRDB", "OtborStore", "Foundation"])
    }
}
