// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "UnitedFront",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "UnitedFront", targets: ["UnitedFront"]),
        .library(name: "UnitedFrontExchange", targets: ["UnitedFrontExchange"]),
        .library(name: "UnitedFrontFixtures", targets: ["UnitedFrontFixtures"]),
        .executable(name: "united-front", targets: ["united-front"]),
        .executable(name: "united-front-bench", targets: ["united-front-bench"]),
    ],
    dependencies: [
        // Edges only (the example CLI); the core library links nothing but the system libsqlite3.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
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
        // CSV/JSON import and export: an edge module, so that the core keeps libsqlite3 as its only dependency.
        .target(
            name: "UnitedFrontExchange",
            dependencies: ["UnitedFront", .product(name: "CSV", package: "CSV.swift")]
        ),
        // Deterministic synthetic populations for integrators' tests.
        .target(name: "UnitedFrontFixtures", dependencies: ["UnitedFront"]),
        .executableTarget(
            name: "united-front",
            dependencies: [
                "UnitedFront", "UnitedFrontExchange", "UnitedFrontFixtures",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "examples/united-front"
        ),
        // The README's tour as a program: CI runs it, and a test checks it matches the README.
        .executableTarget(
            name: "readme-tour", dependencies: ["UnitedFront", "UnitedFrontExchange", "UnitedFrontFixtures"],
            path: "examples/readme-tour"),
        // Issue #11's benchmark: WORKLOAD.md's operations through the public API (`Benchmarks/compare.sh N`).
        .executableTarget(
            name: "united-front-bench", dependencies: ["UnitedFront", "UnitedFrontExchange"],
            path: "Benchmarks/united-front-bench"),
        // Helpers every test target shares (citizen IDs, a hand-moved clock, temporary folders).
        .target(name: "UnitedFrontTestSupport", dependencies: ["UnitedFront"], path: "Tests/UnitedFrontTestSupport"),
        .testTarget(name: "UnitedFrontTests", dependencies: ["UnitedFront", "UnitedFrontTestSupport"]),
        .testTarget(name: "UnitedFrontExchangeTests",
                    dependencies: ["UnitedFrontExchange", "UnitedFrontFixtures", "UnitedFrontTestSupport"]),
        .testTarget(name: "UnitedFrontFixturesTests", dependencies: ["UnitedFrontFixtures", "UnitedFrontTestSupport"]),
        // End-to-end tests that run the built `united-front` binary.
        .testTarget(name: "UnitedFrontCLITests", dependencies: ["united-front", "UnitedFront", "UnitedFrontTestSupport"]),
        // Crash safety (#12): the writer the tests kill with SIGKILL (also the soak of scripts/crash-soak.sh), the
        // lines, digests and ledger both sides share, and the kill-cycle tests. No product: users never see them.
        .target(name: "CrashHarness", dependencies: ["UnitedFront"], path: "Tests/CrashHarness"),
        .executableTarget(
            name: "uf-crash-writer",
            dependencies: ["CrashHarness", "UnitedFront", "UnitedFrontExchange", "UnitedFrontTestSupport"],
            path: "Tests/CrashWriter"),
        .testTarget(name: "UnitedFrontCrashTests",
                    dependencies: ["uf-crash-writer", "CrashHarness", "UnitedFront", "UnitedFrontTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (Fuzz/<target>/), declared only when UNITEDFRONT_FUZZ names the libFuzzer archive
// without `main` (libclang_rt.fuzzer_no_main), so that `swift build`, `swift test` and CI never see them.
// scripts/fuzz.sh sets it and builds every module with ASan and libFuzzer's coverage instrumentation;
// each target's `main` hands its entry point to `LLVMFuzzerRunDriver` (see Fuzz/FuzzSupport).
if let fuzzer = Context.environment["UNITEDFRONT_FUZZ"], !fuzzer.isEmpty {
    package.targets.append(.target(name: "FuzzSupport", dependencies: ["UnitedFront"], path: "Fuzz/FuzzSupport"))
    for name in ["fuzz-sheet", "fuzz-ids", "fuzz-dates", "fuzz-search", "fuzz-workflow"] {
        package.targets.append(.executableTarget(
            name: name, dependencies: ["FuzzSupport", "UnitedFront", "UnitedFrontExchange"], path: "Fuzz/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-Xlinker", fuzzer, "-lstdc++"])]))
        package.products.append(.executable(name: name, targets: [name]))
    }
}

// The upcoming-language features swift-structured-queries turns on for all its targets: explicit `any`,
// internal imports unless a module re-exports a dependency's types, and members visible only from the
// modules a file imports.
for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("ImmutableWeakCaptures"),
        .enableUpcomingFeature("InferIsolatedConformances"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    ]
}
