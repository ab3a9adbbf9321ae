import NIOCore
import NIOHTTP1
import NIOPosix

/// The HTTP/1.1 connection `otbor bench` drives its own in-process console with: to 127.0.0.1
/// only (it takes a port, never a host), one keep-alive connection, one request at a time.
/// Nothing else in Otbor connects anywhere (`NetworkIsolationTests` allows this file alone).
final class BenchLoopbackClient {
    /// One response: the status and the body as text.
    struct Reply {
        var status: Int
        var body: String
    }

    private var inbound: NIOAsyncChannelInboundStream<HTTPClientResponsePart>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<HTTPClientRequestPart>

    private init(inbound: NIOAsyncChannelInboundStream<HTTPClientResponsePart>, outbound: NIOAsyncChannelOutboundWriter<HTTPClientRequestPart>) {
        self.inbound = inbound.makeAsyncIterator()
        self.outbound = outbound
    }

    /// Connects to `127.0.0.1:port`, runs `body` with the connection and closes it.
    static func run<Result: Sendable>(port: Int, _ body: (BenchLoopbackClient) async throws -> Result) async throws -> Result {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            try await body(BenchLoopbackClient(inbound: inbound, outbound: outbound))
        }
    }

    /// Sends a GET with a bearer token and hands each piece of the response body to `piece` as it
    /// arrives (a stream of server-sent events), until `piece` returns `false` or the body ends;
    /// returns the status. A piece the server wrote may come split or joined with the next.
    func stream(_ path: String, token: String, _ piece: ([UInt8]) async throws -> Bool) async throws -> Int {
        let headers = HTTPHeaders([("Host", "127.0.0.1"), ("Authorization", "Bearer \(token)"), ("Accept", "text/event-stream")])
        try await outbound.write(.head(HTTPRequestHead(version: .http1_1, method: .GET, uri: path, headers: headers)))
        try await outbound.write(.end(nil))
        var status = 0
        while let part = try await inbound.next() {
            switch part {
            case .head(let head):
                status = Int(head.status.code)
                guard status == 200 else { return status }
            case .body(let chunk):
                guard try await piece(Array(chunk.readableBytesView)) else { return status }
            case .end: return status
            }
        }
        return status
    }

    /// Sends one request with a bearer token (and a JSON body, if any) and reads the whole response.
    func send(_ method: HTTPMethod, _ path: String, token: String, json: String? = nil) async throws -> Reply {
        var headers = HTTPHeaders([("Host", "127.0.0.1"), ("Authorization", "Bearer \(token)")])
        let bytes = json.map { ByteBuffer(string: $0) }
        if let bytes {
            headers.add(name: "Content-Type", value: "application/json")
            headers.add(name: "Content-Length", value: String(bytes.readableBytes))
        }
        try await outbound.write(.head(HTTPRequestHead(version: .http1_1, method: method, uri: path, headers: headers)))
        if let bytes { try await outbound.write(.body(.byteBuffer(bytes))) }
        try await outbound.write(.end(nil))

        var status = 0
        var body = ByteBuffer()
        while let part = try await inbound.next() {
            switch part {
            case .head(let head): status = Int(head.status.code)
            case .body(var chunk): body.writeBuffer(&chunk)
            case .end: return Reply(status: status, body: String(buffer: body))
            }
        }
        throw BenchError("the console closed the connection before answering \(method) \(path)")
    }
}
