// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "DebateMap",
    products: [
        .executable(name: "debatemap", targets: ["debatemap"]),
        .library(name: "DebateMap", targets: ["DebateMap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The configuration file (keys and theme) is TOML.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // SHA-256 of the essay texts.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // The core: model, the Argdown reader, checking, the index and queries.
        .target(name: "DebateMap", dependencies: ["Yams", "CByteScan", .product(name: "Crypto", package: "swift-crypto")]),
        // The parser's innermost byte loops on vector instructions (SSE4.2, SSSE3 and SSE2).
        .target(name: "CByteScan"),
        // Pure browser state, actions, key table and rendering to a Screen.
        .target(name: "DebateMapBrowser", dependencies: ["DebateMap"]),
        // ncursesw through one shim header, and the signal handlers' state in one C file:
        // the only C of ours besides CByteScan.
        .target(name: "CNcurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        // Draws a Screen with ncurses and turns terminal input into keys.
        .target(name: "DebateMapTerminal", dependencies: ["DebateMap", "DebateMapBrowser", "CNcurses"]),
        // The seed corpus of data/, embedded at build time by the EmbedCorpus plugin.
        .target(name: "SeedCorpus", dependencies: ["DebateMap"], plugins: ["EmbedCorpus"]),
        .executableTarget(name: "embed-corpus"),
        // Corpora shaped like real ones, at any size, for the benchmark and the tests.
        .target(name: "SyntheticCorpus", dependencies: ["DebateMap"]),
        .plugin(name: "EmbedCorpus", capability: .buildTool(), dependencies: ["embed-corpus"]),
        .executableTarget(
            name: "debatemap",
            dependencies: [
                "DebateMap", "DebateMapBrowser", "DebateMapTerminal", "SeedCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        // Measures speed and memory on synthetic corpora of 1 thousand to 1 million claims.
        .executableTarget(
            name: "debatemap-bench",
            dependencies: [
                "DebateMap", "DebateMapBrowser", "SeedCorpus", "SyntheticCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // What the test targets share: the fixture folder and the corpora made from it or by hand.
        .target(name: "TestSupport", dependencies: ["DebateMap"], path: "Tests/TestSupport", exclude: ["Fixtures"]),
        .testTarget(name: "DebateMapTests", dependencies: ["DebateMap", "SeedCorpus", "SyntheticCorpus", "TestSupport"]),
        .testTarget(name: "DebateMapBrowserTests", dependencies: ["DebateMapBrowser", "DebateMap", "SeedCorpus", "SyntheticCorpus", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "DebateMapTerminalTests", dependencies: ["DebateMapTerminal", "DebateMapBrowser", "DebateMap", "SeedCorpus", "TestSupport"]),
        .testTarget(name: "CommandLineTests", dependencies: ["debatemap", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["debatemap", "TestSupport"]),
    ]
)
