// swift-tools-version: 6.0
import PackageDescription

// Module graph (data flows down only):
//   CGMP, CMPFR        C shims over the system GMP and MPFR (no API of their own)
//   Localization       two-language texts, message ids, language choice, display width
//   Exact              BigInteger, Rational, LogLinear, Interval, CertifiedReal, Limits
//   Language           answer grammar: lexer, parser, evaluator
//   Identity           exact identity tests of exp–log expressions (Schwartz–Zippel)
//   AnswerDocument     a YAML file as AnswerNode trees with source locations (the only libyaml user)
//   Sampling           domains, seeded draws, the sampler, the shrinker, replay tokens
//   Checks             one file per answer kind (code, value, ...)
//   Catalogue          exercise model and catalogue loader (reads Exercises/*.yaml)
//   Marking            answer files and folders, the marker, work budgets, verdicts
//   Reports            renderers: terminal, JSON, CSV, JUnit, Gradescope, HTML
//   Drills             seeded self-check questions and progress
//   softcheck          the thin command-line front end
// Each target's dependencies are exactly the modules it imports (a test keeps them so). Exact,
// Localization, Language and AnswerNode/SourceLocation of AnswerDocument are library products (the
// Fuzz/ package links them) and keep a `public` API; everything else is shared inside the package
// only (`package`).

/// A release build of `softcheck` carries the Swift runtime and Foundation inside the executable
/// (what `swift build --static-swift-stdlib` does, kept here so every release build gets it):
/// loading and relocating their shared libraries was 4–6 ms of every 10 ms process start
/// (`softcheck-bench --filter process.`), which a class marked file by file pays each time. The
/// static archives refer to one another, so they are linked as one group. The executable is not
/// position-independent: a PIE of this size starts by applying 84,000 relocations, touching
/// every page of its data (`--version` 5 → 3.5 ms). Linux only: these are GNU ld's options and
/// the Linux toolchain's static archives.
let staticRuntime =
  ["-static-stdlib"]
  + [
    "--start-group", "-lFoundation", "-lCoreFoundation", "-lFoundationEssentials", "-lFoundationInternationalization",
    "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections", "-ldispatch", "-lBlocksRuntime", "-lswiftCore",
    "-lstdc++", "-lm", "--end-group",
  ].flatMap { ["-Xlinker", $0] } + ["-Xclang-linker", "-no-pie"]

let package = Package(
  name: "softcheck",
  products: [
    .executable(name: "softcheck", targets: ["softcheck"]),
    .library(name: "Exact", targets: ["Exact"]),
    .library(name: "AnswerDocument", targets: ["AnswerDocument"]),
    // For the libFuzzer package in Fuzz/ (a separate package, so a plain build never links it).
    .library(name: "Language", targets: ["Language"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CGMP", pkgConfig: "gmp",
      providers: [.apt(["libgmp-dev"]), .brew(["gmp"])]),
    .systemLibrary(
      name: "CMPFR", pkgConfig: "mpfr",
      providers: [.apt(["libmpfr-dev"]), .brew(["mpfr"])]),
    .target(name: "Exact", dependencies: ["CGMP", "CMPFR"]),
    // Texts in two languages, the language choice, terminal display width. Depends on nothing.
    .target(name: "Localization"),
    // One loop on several threads started for it (catalogue files, a file's parts). Depends on nothing.
    .target(name: "Parallel"),
    .target(name: "Language", dependencies: ["Exact", "Localization"]),
    .target(name: "AnswerDocument", dependencies: ["Localization", "Yams"]),
    // Sampled inputs: domains, the seeded source, the sampler, the shrinker, replay tokens.
    .target(name: "Sampling", dependencies: ["Exact", "Language"]),
    // Exact identity tests: expressions mapped to rational functions, compared at random points.
    .target(name: "Identity", dependencies: ["Exact", "Language"]),
    .target(name: "Checks", dependencies: ["AnswerDocument", "Exact", "Identity", "Language", "Localization", "Sampling"]),
    .target(
      name: "Catalogue", dependencies: ["AnswerDocument", "Checks", "Exact", "Language", "Localization", "Parallel", "Sampling"],
      // The files are in Sources/Catalogue/Exercises so SwiftPM can bundle them; the top-level
      // `Exercises` is a link to that folder, where instructors look for them.
      // ShippedTrees holds their YAML trees, written when they change (ShippedTrees.swift).
      resources: [.copy("Exercises"), .copy("ShippedTrees")]),
    .target(
      name: "Marking",
      dependencies: ["AnswerDocument", "Catalogue", "Checks", "Exact", "Language", "Localization", "Parallel", "Sampling"]),
    .target(
      name: "Reports",
      dependencies: [
        "AnswerDocument", "Catalogue", "Checks", "Exact", "Language", "Localization", "Marking", "Plot", "Rainbow", "Sampling",
      ]),
    // Self-check drills: question generators with seeded parameters, Leitner progress.
    .target(
      name: "Drills", dependencies: ["AnswerDocument", "Catalogue", "Checks", "Exact", "Language", "Localization", "Sampling"]),
    .executableTarget(
      name: "softcheck",
      dependencies: [
        "Catalogue", "Checks", "Drills", "Language", "Localization", "Marking", "Reports", "Sampling",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      linkerSettings: [.unsafeFlags(staticRuntime, .when(platforms: [.linux], configuration: .release))]),
    // Benchmarks: the same loops in C on GMP, for the ratio the issue asks for.
    .target(name: "CGMPBenchLoop", dependencies: ["CGMP"]),
    .executableTarget(
      name: "softcheck-bench",
      dependencies: [
        "AnswerDocument", "CGMPBenchLoop", "Catalogue", "Checks", "Exact", "Identity", "Language", "Marking", "Reports",
        "Sampling",
      ]),
    .testTarget(
      name: "ExactTests",
      dependencies: [
        "Exact", "Language", "Localization", "SoftcheckTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    // Shared by the tests: finding and running the built executable, temp folders, seeded draws.
    .target(name: "SoftcheckTestSupport", path: "Tests/SoftcheckTestSupport"),
    .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
    .testTarget(
      name: "IdentityTests",
      dependencies: [
        "AnswerDocument", "Catalogue", "Checks", "Exact", "Identity", "Language", "Sampling", "SoftcheckTestSupport",
      ]),
    .testTarget(
      name: "ChecksTests", dependencies: ["AnswerDocument", "Checks", "Exact", "Language", "Localization", "Sampling"]),
    .testTarget(
      name: "LanguageTests", dependencies: ["AnswerDocument", "Exact", "Language", "Localization", "SoftcheckTestSupport"]),
    // Hostile expressions and YAML files: each must end in a clear error, quickly.
    .testTarget(
      name: "HostileInputTests", dependencies: ["AnswerDocument", "Catalogue", "Exact", "Language"],
      // Read by path (#filePath), not as a bundled resource.
      exclude: ["Golden"]),
    .testTarget(
      name: "MarkingTests",
      dependencies: ["AnswerDocument", "Catalogue", "Checks", "Exact", "Language", "Marking", "Reports", "SoftcheckTestSupport"]),
    // The shipped exercise files against the catalogue contract (exercises.md).
    .testTarget(
      name: "CatalogueTests",
      dependencies: ["AnswerDocument", "Catalogue", "Checks", "Exact", "Language", "Localization", "Marking", "Sampling"]),
    // Every report format over a hostile fixture class: well-formed, escaped, deterministic.
    .testTarget(
      name: "ReportsTests",
      dependencies: [
        "Catalogue", "Checks", "Language", "Localization", "Marking", "Reports", "Sampling", "SoftcheckTestSupport",
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ],
      resources: [.copy("Fixtures")]),
    // The command line's own reading: `mark FILE...` read without ArgumentParser, against it.
    .testTarget(
      name: "CLITests",
      dependencies: [
        "Localization", "SoftcheckTestSupport", "softcheck", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // drill through a pipe and a pseudo-terminal, progress files, mark --watch (runs the built CLI).
    .testTarget(
      name: "DrillsTests",
      dependencies: ["Catalogue", "Checks", "Drills", "Exact", "Language", "Localization", "Sampling", "SoftcheckTestSupport"]),
  ]
)
