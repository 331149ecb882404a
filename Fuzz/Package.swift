// swift-tools-version: 6.0
import PackageDescription

// A libFuzzer target for the answer grammar (parser + evaluator + comparisons).
//
// This is a package of its own so that a plain `swift build` at the root never tries to link
// an executable without `main` (libFuzzer supplies `main` only under `--sanitize=fuzzer`).
// Build and run with `./run.sh [seconds]`; replay a finding with
// `swift run -c release fuzz-replay FILE`. See Docs/fuzzing.md.
let package = Package(
  name: "softcheck-fuzz",
  dependencies: [
    .package(name: "softcheck", path: ".."),
  ],
  targets: [
    .target(
      name: "FuzzHarness",
      dependencies: [
        .product(name: "Language", package: "softcheck"),
        .product(name: "Exact", package: "softcheck"),
        .product(name: "AnswerDocument", package: "softcheck"),
      ]),
    // Built only with --sanitize=fuzzer (see run.sh): it has no main of its own.
    .executableTarget(name: "ExpressionFuzzer", dependencies: ["FuzzHarness"]),
    .executableTarget(name: "fuzz-replay", dependencies: ["FuzzHarness"]),
  ]
)
