import Foundation
import Hummingbird

/// An `application/problem+json` document (RFC 9457): what went wrong, for a person to act on.
struct Problem: Encodable, Sendable {
    /// A relative URI naming the kind of problem, such as `/api/v1/problems/invalid-body`.
    var type: String
    var title: String
    var status: Int
    var detail: String

    init(_ slug: String, title: String, status: HTTPResponse.Status, detail: String) {
        type = "/api/v1/problems/" + slug
        self.title = title
        self.status = status.code
        self.detail = detail
    }

    /// The response carrying this problem.
    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return Response(status: .init(code: status), headers: [.contentType: "application/problem+json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
