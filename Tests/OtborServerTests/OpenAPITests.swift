import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborTestSupport
import Testing

/// The OpenAPI document in the repository: valid in shape, the one served, and in step with the
/// routes the console registers.
struct OpenAPITests {
    /// What each operation can answer; the route-role table checks each status it meets is listed.
    static let statuses: [String: Set<Int>] = [
        "GET /api/v1/candidates": [200, 401],
        "POST /api/v1/candidates": [201, 401, 403, 413, 422],
        "GET /api/v1/candidates/{id}/scorecard": [200, 401, 403, 404, 422],
        "POST /api/v1/interviews": [201, 401, 403, 404, 409, 413, 422],
        "GET /api/v1/interviews/{id}": [200, 401, 403, 404],
        "PUT /api/v1/interviews/{id}/answers/{step}": [200, 401, 403, 404, 409, 413, 422],
        "POST /api/v1/interviews/{id}/pause": [200, 401, 403, 404, 409, 413, 422],
        "POST /api/v1/interviews/{id}/submit": [200, 401, 403, 404, 409, 413, 422],
        "PUT /api/v1/interviews/{id}/red-flags/{flag}": [200, 401, 403, 404, 409, 422],
        "DELETE /api/v1/interviews/{id}/red-flags/{flag}": [200, 401, 403, 404, 409, 422],
        "POST /api/v1/group-sittings": [201, 401, 403, 404, 413, 422],
        "GET /api/v1/group-sittings/{id}/board": [200, 401, 403, 404],
        "GET /api/v1/group-sittings/{id}/events": [200, 401, 403, 404],
        "POST /api/v1/group-sittings/{id}/timer": [200, 401, 403, 404],
        "GET /api/v1/candidates/{id}/washup": [200, 401, 403, 404, 409, 422],
        "POST /api/v1/candidates/{id}/consensus": [201, 401, 403, 404, 409, 413, 422],
        "POST /api/v1/conflicts": [200, 201, 401, 403, 404, 413, 422],
        "GET /api/v1/openapi.yaml": [200, 401],
    ]

    @Test("every route under /api/v1 is an operation of the document and every operation a route")
    func routesMatch() async throws {
        let fixture = try await ConsoleFixture()
        let router = try await buildRouter(store: fixture.store, library: ConsoleFixture.library, settings: fixture.settings)
        let routes = Set(router.routes.map { "\($0.method) \($0.path.description.replacingOccurrences(of: "/**", with: "/{step}"))" }
            .filter { $0.split(separator: " ")[1].hasPrefix("/api/v1/") })
        let spec = try OpenAPISpec.load()
        #expect(routes == spec.operations)
        #expect(Set(Self.statuses.keys) == routes)
    }

    @Test("each operation lists exactly the statuses its route can answer", arguments: statuses.keys.sorted())
    func statusesListed(operation: String) throws {
        let parts = operation.split(separator: " ").map(String.init)
        #expect(try OpenAPISpec.load().statuses(parts[0], parts[1]) == Self.statuses[operation])
    }

    @Test("the document is OpenAPI 3.1 with unique operation ids, a response description each, and every $ref resolving")
    func wellFormed() throws {
        let spec = try OpenAPISpec.load()
        #expect(spec.document["openapi"] as? String == "3.1.0")
        #expect((spec.document["info"] as? [String: Any])?["version"] is String)
        var ids: [String] = []
        for (path, item) in spec.paths {
            for method in OpenAPISpec.methods {
                guard let operation = item[method] as? [String: Any] else { continue }
                ids.append(operation["operationId"] as? String ?? "")
                let responses = operation["responses"] as? [AnyHashable: Any] ?? [:]
                #expect(!responses.isEmpty, "\(method) \(path)")
                for (code, response) in responses {
                    let fields = response as? [String: Any] ?? [:]
                    #expect(fields["description"] is String || fields["$ref"] is String, "\(method) \(path) \(code)")
                }
            }
        }
        #expect(Set(ids).count == ids.count && !ids.contains(""))
        let text = try String(contentsOf: OpenAPISpec.file, encoding: .utf8)
        let references = text.matches(of: /\$ref: "#\/([^"]+)"/).map { String($0.1) }
        #expect(!references.isEmpty)
        for reference in Set(references) {
            var node: Any? = spec.document
            for key in reference.split(separator: "/") { node = (node as? [String: Any])?[String(key)] }
            #expect(node != nil, "\(reference)")
        }
    }

    @Test("the document's Answer and Step name every field the API reads and every kind of step, the fact's `value` among them")
    func answerSchema() throws {
        let schemas = (try OpenAPISpec.load().document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let answer = (schemas?["Answer"] as? [String: Any])?["properties"] as? [String: Any] ?? [:]
        #expect(Set(answer.keys) == ["rating", "notAssessed", "ticks", "option", "value", "plan", "note"])
        let step = (schemas?["Step"] as? [String: Any])?["properties"] as? [String: Any]
        let kinds = (step?["kind"] as? [String: Any])?["enum"] as? [String] ?? []
        #expect(kinds == AnswerValue.Kind.allCases.map(\.rawValue))
    }

    @Test("GET /api/v1/openapi.yaml serves the repository's file byte for byte, to anyone")
    func served() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(response.status == .ok && response.headers[.contentType] == "application/yaml; charset=utf-8")
            #expect(Data(buffer: response.body) == (try Data(contentsOf: OpenAPISpec.file)))
        }
    }
}
