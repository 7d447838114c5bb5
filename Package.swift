// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "UnitedFront",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "UnitedFront", targets: ["UnitedFront"]),
        .executable(name: "united-front", targets: ["united-front"]),
    ],
    dependencies: [
        // Edges only (the example CLI); the core library links nothing but the system libsqlite3.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // Turns schema/NNN_name.sql into Swift source at build time, so that the files in schema/
        // are exactly what the migrator runs.
        .executableTarget(name: "embed-schema", path: "Sources/embed-schema"),
        .plugin(name: "EmbedSchema", capability: .buildTool(), dependencies: ["embed-schema"]),
        .target(
            name: "UnitedFront",
            dependencies: ["CSQLite"],
            plugins: ["EmbedSchema"]
        ),
        .executableTarget(
            name: "united-front",
            dependencies: [
                "UnitedFront",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "examples/united-front"
        ),
        .testTarget(name: "UnitedFrontTests", dependencies: ["UnitedFront"]),
    ],
    swiftLanguageModes: [.v6]
)
