// swift-tools-version: 6.2
// The libFuzzer targets of DebateMap: a package of its own, so that executables without a
// `main` (libFuzzer brings it) never reach the root package's `swift build` and `swift test`.
// It compiles the root's DebateMap and DebateMapBrowser sources (and the core's small C
// target) itself (Library/ holds links to them) rather than depending on the root package, whose build plugin and its tool would
// otherwise be built with the fuzzer too. Build and run with `scripts/fuzz.sh TARGET SECONDS`
// (see docs/fuzzing.md).
import PackageDescription

let core: [Target.Dependency] = ["DebateMap", "FuzzSupport"]

let package = Package(
    name: "DebateMapFuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .target(name: "DebateMap", dependencies: ["Yams", "CByteScan", .product(name: "Crypto", package: "swift-crypto")], path: "Library/DebateMap"),
        .target(name: "CByteScan", path: "Library/CByteScan"),
        .target(name: "DebateMapBrowser", dependencies: ["DebateMap"], path: "Library/DebateMapBrowser"),
        // What every target checks: text meant for a terminal holds no control character.
        .target(name: "FuzzSupport", dependencies: ["DebateMap"]),
        // The Argdown lexer and parser, both dialects, and files of several documents.
        .executableTarget(name: "fuzz-argdown", dependencies: core),
        // Front matter, inline data `{…}` and corpus.yaml, through the whole loader.
        .executableTarget(name: "fuzz-yaml", dependencies: core),
        // Kialo exports, then every exporter over what was read.
        .executableTarget(name: "fuzz-kialo", dependencies: core),
        // AIF JSON, then every exporter over what was read.
        .executableTarget(name: "fuzz-aif", dependencies: core),
        // The browser: keys, mouse and resizes over fixed corpora, every frame rendered.
        .executableTarget(name: "fuzz-browser", dependencies: core + ["DebateMapBrowser"]),
    ]
)
