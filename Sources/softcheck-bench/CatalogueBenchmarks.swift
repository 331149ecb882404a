import Catalogue
import Foundation
import Synchronization

/// Reading the shipped exercise files and building their checks, cold: what marking a complete
/// file pays before its first part is checked. Each operation reads a fresh copy of the folder,
/// since exercises already read are kept by file for the rest of the process. A copy holds the
/// kept YAML trees beside it (`ShippedTrees`), as an installation does; the `.parsed` figure
/// leaves them out, so every file's YAML is parsed.
enum CatalogueBenchmarks {
  /// Copies of the shipped folder, one per operation a run may perform, with or without trees.
  static func copies(withTrees: Bool) -> [String] {
    guard let resources = Catalogue.shippedResources else { fatalError("no shipped exercises") }
    let base = NSTemporaryDirectory() + "softcheck-bench-catalogue-\(getpid())-\(withTrees ? "trees" : "parsed")"
    let folders = withTrees ? ["Exercises", "ShippedTrees"] : ["Exercises"]
    return (0..<200).map { k in
      for name in folders {
        let source = resources + "/" + name
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []).filter { !$0.hasPrefix(".") }
        let folder = "\(base)/\(k)/\(name)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for f in files where f.hasSuffix(".yaml") || f.hasSuffix(".tree") {
          try? FileManager.default.copyItem(atPath: source + "/" + f, toPath: folder + "/" + f)
        }
      }
      return "\(base)/\(k)/Exercises"
    }
  }
  static let withTrees = copies(withTrees: true)
  static let withoutTrees = copies(withTrees: false)
  static let next = Counter()

  /// Every shipped exercise of a copy never read before, one file after another.
  static func loadFresh(_ copies: [String]) -> [Exercise] {
    let folder = copies[next.take() % copies.count]
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    return files.compactMap { try? Catalogue.loadFile(folder + "/" + $0, reading: .trusted) }
  }

  static let all: [Benchmark] = [
    Benchmark("catalogue.load.shipped.cold", iterations: 10) { n in
      var parts = 0
      for _ in 0..<n { parts += loadFresh(withTrees).reduce(0) { $0 + $1.parts.count } }
      return Double(parts)
    },
    Benchmark("catalogue.load.shipped.cold.parsed", iterations: 10, baseline: "catalogue.load.shipped.cold") { n in
      var parts = 0
      for _ in 0..<n { parts += loadFresh(withoutTrees).reduce(0) { $0 + $1.parts.count } }
      return Double(parts)
    },
    // Loading plus every part's check built (references, misconceptions, samplers).
    Benchmark("catalogue.load+checks.shipped.cold", iterations: 10) { n in
      var kinds = 0
      for _ in 0..<n {
        for exercise in loadFresh(withTrees) { for part in exercise.parts { kinds += type(of: part.check).name.isEmpty ? 0 : 1 } }
      }
      return Double(kinds)
    },
  ]
}

/// A counter shared by benchmark runs.
final class Counter: Sendable {
  private let value = Mutex(0)
  func take() -> Int {
    value.withLock { v in
      defer { v += 1 }
      return v
    }
  }
}
