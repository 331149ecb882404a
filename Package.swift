// swift-tools-version: 6.0
import PackageDescription

// Module graph (data flows down only):
//   CGMP, CMPFR        C shims over the system GMP and MPFR (no API of their own)
//   Localization       two-language texts, message ids, language choice, display width
//   Exact              BigInteger, Rational, LogLinear, Interval, CertifiedReal, Limits
//   Language           answer grammar: lexer, parser, evaluator
//   Identity           exact identity tests of exp–log expressions (Schwartz–Zippel)
//   Checks             one file per answer kind (code, value, ...)
//   Catalogue          exercise model and catalogue loader (reads Exercises/*.yaml)
//   Marking            answer-file reader (Yams compose), marker, verdicts, JSON
//   Reports            renderers: terminal text, JSON (HTML, CSV, JUnit later)
//   softcheck          the thin command-line front end
let package = Package(
  name: "softcheck",
  products: [
    .executable(name: "softcheck", targets: ["softcheck"]),
    .library(name: "Exact", targets: ["Exact"]),
    .library(name: "Marking", targets: ["Marking"]),
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
    .target(name: "Language", dependencies: ["Exact", "Localization"]),
    // Exact identity tests: expressions mapped to rational functions, compared at random points.
    .target(name: "Identity", dependencies: ["Exact", "Language"]),
    .target(name: "Checks", dependencies: ["Exact", "Language", "Localization", "Identity"]),
    .target(
      name: "Catalogue", dependencies: ["Exact", "Localization", "Language", "Checks", "Yams"],
      // The files are in Sources/Catalogue/Exercises so SwiftPM can bundle them; the top-level
      // `Exercises` is a link to that folder, where instructors look for them.
      resources: [.copy("Exercises")]),
    .target(name: "Marking", dependencies: ["Exact", "Localization", "Language", "Checks", "Catalogue", "Yams"]),
    .target(name: "Reports", dependencies: ["Localization", "Marking", "Catalogue", "Checks", "Exact", "Rainbow", "Plot"]),
    // Self-check drills: question generators with seeded parameters, Leitner progress.
    .target(name: "Drills", dependencies: ["Exact", "Localization", "Language", "Checks", "Catalogue"]),
    .executableTarget(
      name: "softcheck",
      dependencies: [
        "Localization", "Marking", "Catalogue", "Reports", "Checks", "Language", "Drills",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Benchmarks: the same loops in C on GMP, for the ratio the issue asks for.
    .target(name: "CGMPBenchLoop", dependencies: ["CGMP"]),
    .executableTarget(
      name: "softcheck-bench",
      dependencies: ["Exact", "Language", "Checks", "Catalogue", "Marking", "Reports", "CGMPBenchLoop"]),
    .testTarget(
      name: "ExactTests",
      dependencies: ["Exact", "Language", "Localization", .product(name: "PropertyBased", package: "swift-property-based")]),
    // Shared by the tests that run the built executable: finding it, running it, temp folders.
    .target(name: "SoftcheckTestSupport", path: "Tests/SoftcheckTestSupport"),
    .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
    .testTarget(name: "IdentityTests", dependencies: ["Identity", "Language", "Exact", "Checks", "Catalogue"]),
    .testTarget(name: "ChecksTests", dependencies: ["Checks", "Language", "Exact"]),
    .testTarget(name: "LanguageTests", dependencies: ["Language", "Exact", "Localization"]),
    // Hostile expressions and YAML files: each must end in a clear error, quickly.
    .testTarget(name: "HostileInputTests", dependencies: ["Language", "Catalogue", "Exact"]),
    .testTarget(name: "MarkingTests", dependencies: ["SoftcheckTestSupport", "Marking", "Catalogue", "Checks", "Exact", "Reports", "Language"]),
    // The shipped exercise files against the catalogue contract (exercises.md).
    .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "Marking", "Checks", "Language", "Exact"]),
    // Every report format over a hostile fixture class: well-formed, escaped, deterministic.
    .testTarget(
      name: "ReportsTests",
      dependencies: ["SoftcheckTestSupport", "Reports", "Marking", "Catalogue", "Checks", .product(name: "SwiftCSV", package: "SwiftCSV")],
      resources: [.copy("Fixtures")]),
    // drill through a pipe and a pseudo-terminal, progress files, mark --watch (runs the built CLI).
    .testTarget(name: "DrillsTests", dependencies: ["SoftcheckTestSupport", "Drills", "Catalogue", "Checks", "Language", "Exact"]),
  ]
)
