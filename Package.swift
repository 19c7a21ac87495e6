// swift-tools-version: 6.1
import PackageDescription

/// The explorer's own modules leave out the implicit `import _Concurrency` (nothing here is async):
/// a module that imports it makes the static binary link the concurrency runtime and libdispatch,
/// about 1 MB (0.7 MB once stripped) whose constructors run at every start. A release build is
/// optimized for size: its code is a fifth smaller, so fewer of its pages are resident (keys and the
/// first frame measure the same; README, Performance).
let leanModule: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-implicit-concurrency-module-import"]),
                                  .unsafeFlags(["-Osize"], .when(configuration: .release))]

let package = Package(
    name: "Influence",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "influence", targets: ["influence"]),
        .library(name: "InfluenceContent", targets: ["InfluenceContent"]),
    ],
    dependencies: [
        // For the tests only: Ink parses the Markdown handouts (InfluenceUITests). Nothing in the
        // `influence` binary depends on it (.ci/lean-binary checks what the binary links).
        .package(url: "https://github.com/JohnSundell/Ink", exact: "0.6.0"),
    ],
    targets: [
        // libyaml (libyaml-dev), read through its event API.
        .systemLibrary(name: "CYAML", path: "Sources/CYAML"),
        // Content model: typed values, YAML loader, validator, sanitizer. No Foundation.
        .target(
            name: "InfluenceContent",
            dependencies: ["CYAML"],
            swiftSettings: leanModule
        ),
        // Build-time tool: validates Content/ and writes it into Swift source as JSON.
        .executableTarget(
            name: "ContentEmbedder",
            dependencies: ["InfluenceContent"]
        ),
        .plugin(
            name: "EmbedContentPlugin",
            capability: .buildTool(),
            dependencies: ["ContentEmbedder"]
        ),
        // The shipped content, compiled into the binary.
        .target(
            name: "BuiltinContent",
            dependencies: ["InfluenceContent"],
            exclude: ["Content"],
            swiftSettings: leanModule,
            plugins: ["EmbedContentPlugin"]
        ),
        // Text and what every view derives from the content: widths, folding, wrapping, styled
        // lines and spans, glyphs; places in the article; the glossary's matching, the people, the
        // source index, the figures' charts. No drawing, no curses, no I/O.
        .target(
            name: "InfluenceText",
            dependencies: ["InfluenceContent"],
            swiftSettings: leanModule
        ),
        // Documents: the plain text `print` writes, the Markdown and HTML handouts from one
        // `Handout` outline, the JSON export. Content and text only: nothing of the UI.
        .target(
            name: "InfluenceExport",
            dependencies: ["InfluenceContent", "InfluenceText"],
            swiftSettings: leanModule
        ),
        // UI core: state, actions, key map, layout, views, headless terminal. No curses, no I/O.
        .target(
            name: "InfluenceUI",
            dependencies: ["InfluenceContent", "InfluenceText"],
            swiftSettings: leanModule
        ),
        // The only code that touches ncursesw (through a small C shim).
        .target(
            name: "CNCurses",
            linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("tinfo")]
        ),
        .target(
            name: "CursesTerminal",
            dependencies: ["CNCurses", "InfluenceText", "InfluenceUI"],
            swiftSettings: leanModule
        ),
        // Rooms for following a presenter: the room file, its trust checks, atomic writes and
        // the watch for changes. The C library only: no curses, no Foundation.
        .target(name: "Classroom", swiftSettings: leanModule),
        .executableTarget(
            name: "influence",
            dependencies: [
                "InfluenceContent", "BuiltinContent", "InfluenceText", "InfluenceExport", "InfluenceUI", "CursesTerminal",
                "Classroom",
            ],
            // A release build is one static executable: at start there is no dynamic loader, and no
            // libc, libstdc++, ncursesw or libyaml to map and relocate (the first frame comes in
            // about half the time, with a third less memory); it runs wherever the terminfo
            // database is. Its DWARF is left out (3.5 MB); the symbols stay, for nm and backtraces.
            // influence.order puts the functions that run (start-up first) together, so start-up
            // touches fewer pages of the binary (Tests/Benchmarks/order-symbols.py writes it and
            // says why); names it lists that are gone are ignored.
            exclude: ["influence.order"],
            swiftSettings: leanModule,
            linkerSettings: [
                .unsafeFlags(["-static-executable", "-use-ld=lld", "-Xlinker", "--strip-debug",
                              "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Sources/influence/influence.order",
                              "-Xlinker", "--no-warn-symbol-ordering"],
                             .when(configuration: .release)),
            ]
        ),
        // Benchmark helper (Tests/Benchmarks/run): times decoding the built-in content in process.
        .executableTarget(
            name: "ContentBench",
            dependencies: ["InfluenceContent", "BuiltinContent"]
        ),
        // libFuzzer target for the loader and validator (.ci/fuzz builds it with -DFUZZING and
        // --sanitize=fuzzer); without FUZZING it is a small program that replays inputs.
        .executableTarget(
            name: "InfluenceFuzz",
            dependencies: ["InfluenceContent", "InfluenceExport", "InfluenceUI"]
        ),
        .testTarget(
            name: "InfluenceContentTests",
            dependencies: ["InfluenceContent", "InfluenceText", "BuiltinContent", "InfluenceFuzz"],
            exclude: ["FuzzRegressions"]
        ),
        .testTarget(
            name: "InfluenceUITests",
            dependencies: ["InfluenceUI", "InfluenceExport", "InfluenceText", "InfluenceContent", "BuiltinContent",
                           .product(name: "Ink", package: "Ink")],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "CursesTerminalTests",
            dependencies: ["CursesTerminal", "InfluenceText"]
        ),
        .testTarget(
            name: "ClassroomTests",
            dependencies: ["Classroom"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["influence"]
        ),
        // The command line's own code, in process: the state file.
        .testTarget(
            name: "InfluenceCommandTests",
            dependencies: ["influence", "InfluenceUI", "InfluenceText", "InfluenceContent", "BuiltinContent"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
