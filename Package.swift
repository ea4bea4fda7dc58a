// swift-tools-version:6.1
import PackageDescription

// Layers point one way: BylineCore <- BylineIndex, BylineCore <- BylineUI <- BylineTerminal,
// BylineIndex and BylineUI <- BylineSession, and the `byline` executable on top. Only
// BylineTerminal imports ncurses.
let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // A team's shared corpus on a PostgreSQL server (BylinePostgres).
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // No pkg-config: SwiftPM refuses its -D flags with a warning on every build; shim.h sets
        // NCURSES_WIDECHAR itself, and the headers and library are on the default paths.
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        // Headers only: the reader opens libxml2 when it first parses a page (LibXML2Library),
        // so that no other command loads it, and ICU, lzma and zlib with it, at every start.
        // Not through pkg-config, whose -lxml2 SwiftPM puts on every link line; the header
        // folder is given to each target below.
        .systemLibrary(name: "CLibXML2", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "BylineCore",
            dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "BylineIndex",
            dependencies: [
                "BylineCore", .product(name: "GRDB", package: "GRDB.swift"),
                // sqlite3_bind_* for the indexer's hot inserts (see RowInsert.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "BylineUI", dependencies: ["BylineCore"]),
        // The store on a PostgreSQL server (`--index postgresql://…`): Core and Index never
        // depend on it; it reuses the Index's report reading, query parser and name folding.
        .target(
            name: "BylinePostgres",
            dependencies: ["BylineCore", "BylineIndex", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        // Generated reports for tests and `make bench`; never linked into `byline`.
        .target(name: "CorpusGenerator"),
        // What several test targets share: reports built by hand, a fixture corpus folder and
        // its index (the UI tests read their reports through the same `Indexer` and
        // `IndexStore` as the reader), scratch folders. Never linked into `byline`.
        .target(name: "BylineTestSupport", dependencies: ["BylineCore", "BylineIndex"]),
        .executableTarget(
            name: "byline-bench",
            dependencies: ["BylineCore", "BylineIndex", "BylinePostgres", "CorpusGenerator", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "BylineTerminal", dependencies: ["BylineUI", "CNcurses"]),
        // The reader's corpus at run time: the background indexing thread, its polling, and
        // rebuilding a damaged index; SQLite here, PostgreSQL as a configuration in `byline`.
        .target(name: "BylineSession", dependencies: ["BylineCore", "BylineIndex", "BylineUI"]),
        // Records the git commit for `byline --version` before each build (scripts/build-commit.sh).
        .plugin(name: "BuildCommit", capability: .buildTool()),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCore", "BylineIndex", "BylinePostgres", "BylineUI", "BylineSession", "BylineTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release binary that is not position-independent: the dynamic loader then has
            // no 125,000 pointers to relocate at every start (6 million instructions, a sixth
            // of a `byline search` for a rare word) and no pages of them to copy. Nor does it
            // export its 40,000 symbols (the static Swift runtime's link arguments ask for
            // that; nothing loads symbols from `byline`): the runtime's `dladdr` at start
            // scanned them all (1.5 million instructions), and the loader read their pages.
            linkerSettings: [
                .unsafeFlags(["-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic"], .when(configuration: .release)),
            ],
            plugins: ["BuildCommit"]
        ),
        // `make bench-ner`: entity recognition words per second; never part of `make test`.
        .executableTarget(name: "ner-bench", dependencies: ["BylineCore"]),
        // `make bench-web`: per-page reading time of saved web pages; never part of `make test`.
        .executableTarget(name: "web-bench", dependencies: ["BylineCore"]),
        .testTarget(name: "BylineCoreTests", dependencies: ["BylineCore", "BylineTestSupport"]),
        .testTarget(
            name: "BylineIndexTests",
            dependencies: ["BylineIndex", "BylineTestSupport", "CorpusGenerator", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The UI reads fixtures through an index (BylineTestSupport); BylineUI itself never imports BylineIndex.
        .testTarget(name: "BylineUITests", dependencies: ["BylineUI", "BylineTestSupport"]),
        .testTarget(name: "BylineSessionTests", dependencies: ["BylineSession", "BylineTestSupport"]),
        // Against a throwaway local server (PostgresServer); skipped when none can be started.
        .testTarget(name: "BylinePostgresTests", dependencies: ["BylinePostgres", "BylineIndex", "BylineTestSupport", "CorpusGenerator"]),
        .testTarget(name: "BylineEndToEndTests", dependencies: ["BylineCore", "BylineTestSupport", "CorpusGenerator"]),
    ],
    swiftLanguageModes: [.v6]
)

// `make fuzz` builds the libFuzzer harness with BYLINE_FUZZ=1; ordinary builds never see it,
// because it only links against libFuzzer's driver.
if Context.environment["BYLINE_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "byline-fuzz",
            dependencies: ["BylineCore", "BylineIndex"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    )
}

// libxml2's headers include each other as <libxml/…> from their own folder, which every target
// that sees BylineCore's import of CLibXML2 needs on its header path (what pkg-config's
// --cflags gave).
for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]
}
