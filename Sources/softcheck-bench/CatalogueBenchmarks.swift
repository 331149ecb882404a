import Catalogue
import Foundation
import Synchronization

/// Reading the shipped exercise files and building their checks, cold: what marking a complete
/// file pays before its first part is checked. Each operation reads a fresh copy of the folder,
/// since exercises already read are kept by file for the rest of the process.
enum CatalogueBenchmarks {
  /// Copies of the shipped folder, one per operation a run may perform.
  static let copies: [String] = {
    guard let resources = Catalogue.shippedResources else { fatalError("no shipped exercises") }
    let source = resources + "/Exercises"
    let base = NSTemporaryDirectory() + "softcheck-bench-catalogue-\(getpid())"
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    return (0..<200).map { k in
      let folder = "\(base)/\(k)"
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for f in files { try? FileManager.default.copyItem(atPath: source + "/" + f, toPath: folder + "/" + f) }
      return folder
    }
  }()
  static let next = Counter()

  /// Every shipped exercise of a copy never read before, one file after another.
  static func loadFresh() -> [Exercise] {
    let folder = copies[next.take() % copies.count]
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    return files.compactMap { try? Catalogue.loadFile(folder + "/" + $0, reading: .trusted) }
  }

  static let all: [Benchmark] = [
    Benchmark("catalogue.load.shipped.cold", iterations: 10) { n in
      var parts = 0
      for _ in 0..<n { parts += loadFresh().reduce(0) { $0 + $1.parts.count } }
      return Double(parts)
    },
    // Loading plus every part's check built (references, misconceptions, samplers).
    Benchmark("catalogue.load+checks.shipped.cold", iterations: 10) { n in
      var kinds = 0
      for _ in 0..<n {
        for exercise in loadFresh() { for part in exercise.parts { kinds += type(of: part.check).name.isEmpty ? 0 : 1 } }
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
