import Hummingbird

/// `GET /api/v1/openapi.yaml`: the OpenAPI 3.1 description of the API, for anyone (no sign-in).
/// The document is `API/openapi.yaml`, embedded in the binary at build time.
struct OpenAPIRoute {
    /// The document's bytes, as the repository holds them.
    static var document: [UInt8] { PackageResources.openapi_yaml }

    func add(to router: Router<ConsoleContext>) {
        router.get("api/v1/openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: Self.document)))
        }
    }
}
