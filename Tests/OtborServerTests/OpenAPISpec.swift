import Foundation
import OtborTestSupport
import Yams

/// The repository's `Sources/OtborServer/API/openapi.yaml`, parsed: its paths, their operations
/// and the status codes each lists.
struct OpenAPISpec {
    static let file = OtborProcess.repository.appendingPathComponent("Sources/OtborServer/API/openapi.yaml")
    static let methods = ["get", "put", "post", "delete", "patch"]

    /// The document as YAML maps.
    let document: [String: Any]

    static func load() throws -> OpenAPISpec {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let document = try Yams.load(yaml: text) as? [String: Any] else { throw ConsoleTestError("openapi.yaml is not a map") }
        return OpenAPISpec(document: document)
    }

    var paths: [String: [String: Any]] { (document["paths"] as? [String: [String: Any]]) ?? [:] }

    /// "METHOD /api/v1/path/{param}" for every operation.
    var operations: Set<String> {
        Set(paths.flatMap { path, item in
            item.keys.filter(Self.methods.contains).map { "\($0.uppercased()) /api/v1\(path)" }
        })
    }

    /// The status codes the operation lists, as numbers.
    func statuses(_ method: String, _ template: String) -> Set<Int> {
        let path = template.hasPrefix("/api/v1") ? String(template.dropFirst(7)) : template
        let operation = paths[path]?[method.lowercased()] as? [String: Any]
        let responses = operation?["responses"] as? [AnyHashable: Any] ?? [:]
        return Set(responses.keys.compactMap { Int("\($0)") })
    }

    /// The template of `uri` among the document's paths (`/api/v1/interviews/7` → `/api/v1/interviews/{id}`).
    func template(of uri: String) -> String? {
        let given = uri.split(separator: "?")[0].split(separator: "/").map(String.init)
        for path in paths.keys {
            let parts = ("/api/v1" + path).split(separator: "/").map(String.init)
            if parts.last == "{step}", given.count >= parts.count,
               zip(parts.dropLast(), given).allSatisfy({ $0.hasPrefix("{") || $0 == $1 }) { return "/api/v1" + path }
            if parts.count == given.count, zip(parts, given).allSatisfy({ $0.hasPrefix("{") || $0 == $1 }) { return "/api/v1" + path }
        }
        return nil
    }
}
