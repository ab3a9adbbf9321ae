// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Otbor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "otbor", targets: ["otbor"]),
        .library(name: "OtborCore", targets: ["OtborCore"]),
        .library(name: "OtborLoading", targets: ["OtborLoading"]),
        .library(name: "OtborStore", targets: ["OtborStore"]),
        .library(name: "OtborStoreSQLite", targets: ["OtborStoreSQLite"]),
        .library(name: "OtborStorePostgres", targets: ["OtborStorePostgres"]),
        .library(name: "OtborServices", targets: ["OtborServices"]),
        .library(name: "OtborHTML", targets: ["OtborHTML"]),
        .library(name: "OtborReport", targets: ["OtborReport"]),
        .library(name: "OtborServer", targets: ["OtborServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "OtborCore", exclude: ["README.md"]),
        .target(name: "OtborLoading", dependencies: ["OtborCore", "Yams"], exclude: ["README.md"]),
        .target(
            name: "OtborStore",
            dependencies: ["OtborCore", .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["README.md"]
        ),
        .target(
            name: "OtborStoreSQLite",
            dependencies: [
                "OtborCore", "OtborStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            exclude: ["README.md"]
        ),
        .target(
            name: "OtborStorePostgres",
            dependencies: [
                "OtborCore", "OtborStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"]
        ),
        .target(name: "OtborHTML", exclude: ["README.md"]),
        .target(name: "OtborReport", dependencies: ["OtborCore", "OtborHTML"], exclude: ["README.md"]),
        .target(
            name: "OtborServices",
            dependencies: ["OtborCore", "OtborLoading", "OtborStore", "OtborReport"],
            exclude: ["README.md"]
        ),
        .target(
            name: "OtborServer",
            dependencies: [
                "OtborCore", "OtborStore", "OtborServices", "OtborHTML", "OtborReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"],
            // The API's description, served at /api/v1/openapi.yaml from the binary itself.
            resources: [.embedInCode("API/openapi.yaml")]
        ),
        .target(
            name: "OtborCLI",
            dependencies: [
                "OtborCore", "OtborLoading", "OtborStore", "OtborStoreSQLite", "OtborStorePostgres", "OtborReport", "OtborServices",
                "OtborServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                // Bench/ only: the HTTP section drives the in-process console over loopback.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "otbor", dependencies: ["OtborCLI"], exclude: ["README.md"]),
        // Helpers the test targets share (running the built binary, temporary folders, parsed markup);
        // under Tests/, in no product, and no production target depends on it.
        .target(name: "OtborTestSupport", dependencies: ["OtborCore", .product(name: "GRDB", package: "GRDB.swift")], path: "Tests/OtborTestSupport", exclude: ["README.md"]),
        .testTarget(name: "OtborCoreTests", dependencies: ["OtborCore", "OtborTestSupport"]),
        // "otbor" among a test target's dependencies: its tests run the built binary as a process.
        .testTarget(name: "OtborLoadingTests", dependencies: ["OtborCore", "OtborLoading", "OtborTestSupport", "otbor"]),
        .testTarget(
            name: "OtborStoreTests",
            dependencies: ["OtborCore", "OtborStore", "OtborStoreSQLite", "OtborStorePostgres", "OtborTestSupport",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "OtborHTMLTests", dependencies: ["OtborHTML", "OtborTestSupport"]),
        .testTarget(name: "OtborServicesTests", dependencies: ["OtborCore", "OtborServices", "OtborStore", "OtborStoreSQLite", "OtborLoading",
                                                             "OtborTestSupport"]),
        .testTarget(name: "OtborReportTests", dependencies: ["OtborCore", "OtborReport", "OtborTestSupport"]),
        .testTarget(
            name: "OtborServerTests",
            dependencies: ["OtborCore", "OtborStore", "OtborStoreSQLite", "OtborStorePostgres", "OtborServer", "OtborServices", "OtborReport", "OtborHTML",
                           "OtborTestSupport", "otbor",
                           .product(name: "Yams", package: "Yams"),
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "OtborCLITests",
            dependencies: ["OtborCore", "OtborCLI", "OtborStore", "OtborStoreSQLite", "OtborServices", "OtborLoading",
                           "OtborTestSupport", "otbor",
                           .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
