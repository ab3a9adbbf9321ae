import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore

extension ConsoleFixture {
    /// Adds a candidate, then runs `body` with the API token of `login` and the id of the `mixed`
    /// session it started for them; returns that session.
    func interview(as login: String = "assessor",
                   _ body: @escaping @Sendable (InterviewAPIClient, Int64) async throws -> Void) async throws -> SessionID {
        let candidate = try candidate("Анна")
        let token = try token(login)
        return try await test { client in
            let api = InterviewAPIClient(client: client, token: token)
            let id = try await api.start(candidate.rawValue)
            try await body(api, id)
            return SessionID(id)
        }
    }
}

/// Calls of the interview API with a bearer token, and their JSON.
struct InterviewAPIClient: Sendable {
    let client: any TestClientProtocol
    let token: String

    func call(_ method: HTTPRequest.Method, _ uri: String, _ body: String? = nil, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        headers.append(contentsOf: extra)
        return try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    /// Starts an interview of `stage` for candidate `candidate`; the new session's id.
    func start(_ candidate: Int64, stage: String = "mixed") async throws -> Int64 {
        let response = try await call(.post, "/api/v1/interviews", #"{"candidate": \#(candidate), "profile": "ssm", "stage": "\#(stage)"}"#)
        guard response.status == .created, let id = try Self.object(response)["id"] as? Int else {
            throw ConsoleTestError("start answered \(response.status): \(String(buffer: response.body))")
        }
        return Int64(id)
    }

    /// PUT of `body` as the answer to `step` (its `#` percent-encoded).
    func put(_ session: Int64, _ step: String, _ body: String, lang: String? = nil) async throws -> TestResponse {
        let path = step.replacingOccurrences(of: "#", with: "%23")
        return try await call(.put, "/api/v1/interviews/\(session)/answers/\(path)" + (lang.map { "?lang=\($0)" } ?? ""), body)
    }

    func get(_ session: Int64) async throws -> TestResponse {
        try await call(.get, "/api/v1/interviews/\(session)")
    }

    static func object(_ response: TestResponse) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] else {
            throw ConsoleTestError("not a JSON object: \(String(buffer: response.body))")
        }
        return object
    }

    /// The `detail` of a problem+json answer.
    static func detail(_ response: TestResponse) throws -> String {
        try object(response)["detail"] as? String ?? ""
    }
}
