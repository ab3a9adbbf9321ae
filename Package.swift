// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Otbor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "otbor", targets: ["otbor"]),
        .library(name: "OtborCore", targets: ["OtborCore"]),
        .library(name: "OtborLoading", targets: ["OtborLoading"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "OtborCore"),
        .target(name: "OtborLoading", dependencies: ["OtborCore", "Yams"]),
        .target(
            name: "OtborCLI",
            dependencies: [
                "OtborCore", "OtborLoading",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "otbor", dependencies: ["OtborCLI"]),
        .testTarget(name: "OtborCoreTests", dependencies: ["OtborCore"]),
        .testTarget(name: "OtborLoadingTests", dependencies: ["OtborLoading"]),
        .testTarget(name: "OtborCLITests", dependencies: ["OtborCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
