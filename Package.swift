// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Otbor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "otbor", targets: ["otbor"]),
        .library(name: "OtborCore", targets: ["OtborCore"]),
        .library(name: "OtborLoading", targets: ["OtborLoading"]),
        .library(name: "OtborStore", targets: ["OtborStore"]),
        .library(name: "OtborStoreSQLite", targets: ["OtborStoreSQLite"]),
        .library(name: "OtborServices", targets: ["OtborServices"]),
        .library(name: "OtborHTML", targets: ["OtborHTML"]),
        .library(name: "OtborReport", targets: ["OtborReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
        .target(name: "OtborHTML", exclude: ["README.md"]),
        .target(name: "OtborReport", dependencies: ["OtborCore", "OtborHTML"], exclude: ["README.md"]),
        .target(
            name: "OtborServices",
            dependencies: ["OtborCore", "OtborLoading", "OtborStore", "OtborReport"],
            exclude: ["README.md"]
        ),
        .target(
            name: "OtborCLI",
            dependencies: [
                "OtborCore", "OtborLoading", "OtborStore", "OtborStoreSQLite", "OtborReport", "OtborServices",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "otbor", dependencies: ["OtborCLI"], exclude: ["README.md"]),
        // Helpers the test targets share (running the built binary, temporary folders, parsed markup);
        // under Tests/, in no product, and no production target depends on it.
        .target(name: "OtborTestSupport", dependencies: ["OtborCore"], path: "Tests/OtborTestSupport", exclude: ["README.md"]),
        .testTarget(name: "OtborCoreTests", dependencies: ["OtborCore"]),
        // "otbor" among a test target's dependencies: its tests run the built binary as a process.
        .testTarget(name: "OtborLoadingTests", dependencies: ["OtborCore", "OtborLoading", "OtborTestSupport", "otbor"]),
        .testTarget(
            name: "OtborStoreTests",
            dependencies: ["OtborCore", "OtborStore", "OtborStoreSQLite", "OtborTestSupport",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "OtborHTMLTests", dependencies: ["OtborHTML", "OtborTestSupport"]),
        .testTarget(name: "OtborServicesTests", dependencies: ["OtborCore", "OtborServices", "OtborStore", "OtborStoreSQLite", "OtborLoading",
                                                             "OtborTestSupport"]),
        .testTarget(name: "OtborReportTests", dependencies: ["OtborCore", "OtborReport", "OtborTestSupport"]),
        .testTarget(
            name: "OtborCLITests",
            dependencies: ["OtborCore", "OtborCLI", "OtborStore", "OtborStoreSQLite", "OtborServices", "OtborLoading",
                           "OtborTestSupport", "otbor",
                           .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
