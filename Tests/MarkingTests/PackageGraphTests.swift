import Foundation
import SoftcheckTestSupport
import Testing

/// Package.swift's dependency lists are the module graph `Docs/architecture.md` describes: each
/// target lists exactly the modules its files import, so a new import cannot slip a dependency in
/// (or an old one linger) without the manifest saying so.
@Suite("the module graph in Package.swift")
struct PackageGraphTests {
  /// Modules that come with the toolchain or the platform, never listed as dependencies.
  static let platform: Set<String> = [
    "Foundation", "FoundationXML", "FoundationEssentials", "Glibc", "Darwin", "Dispatch",
    "Synchronization", "Testing", "XCTest",
  ]
  /// Modules imported through a package product whose module name differs from the product's.
  static let productModules: [String: String] = ["CYaml": "Yams"]

  /// Each target's name and the names in its `dependencies:` list (products by their name).
  static func manifestDependencies() throws -> [String: Set<String>] {
    let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
    // Each target's text runs from its `.target(` to the next target's.
    let starts = text.ranges(of: #/\.(?:target|testTarget|executableTarget|systemLibrary)\(/#).map(\.lowerBound)
    var result: [String: Set<String>] = [:]
    for (k, start) in starts.enumerated() {
      let chunk = text[start..<(k + 1 < starts.count ? starts[k + 1] : text.endIndex)]
      guard let name = chunk.firstMatch(of: #/name:\s*"([^"]+)"/#)?.output.1 else { continue }
      // The list runs to its closing bracket (products are written without brackets inside).
      let list = chunk.firstRange(of: "dependencies:").map { chunk[$0.upperBound...].prefix { $0 != "]" } } ?? ""
      // `.product(name: X, package: Y)`: the package's name is not a module.
      let names = list.matches(of: #/(package:\s*)?"([^"]+)"/#).filter { $0.output.1 == nil }.map { String($0.output.2) }
      result[String(name)] = Set(names)
    }
    return result
  }

  /// The modules a folder's Swift files import.
  static func imports(in folder: URL) -> Set<String>? {
    let files =
      FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
    guard !files.isEmpty else { return nil }  // a C target: its headers say what it uses
    var modules: Set<String> = []
    for file in files {
      let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
      for line in text.split(whereSeparator: \.isNewline) {
        let words = line.split(separator: " ").map(String.init)
        guard let at = words.firstIndex(of: "import"), at + 1 < words.count,
          words[..<at].allSatisfy({ $0.hasPrefix("@") || ["public", "package", "internal"].contains($0) })
        else { continue }
        modules.insert(words[at + 1])
      }
    }
    return modules.subtracting(platform)
  }

  @Test("every target depends on exactly the modules it imports")
  func dependenciesAreImports() throws {
    let manifest = try Self.manifestDependencies()
    #expect(manifest.count >= 18, "read \(manifest.count) targets from Package.swift")
    for (name, listed) in manifest {
      let root = CLI.packageRoot
      let folders = ["Sources/\(name)", "Tests/\(name)"].map { root.appendingPathComponent($0) }
      guard let folder = folders.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { continue }
      guard let modules = Self.imports(in: folder) else { continue }
      let imported = Set(modules.map { Self.productModules[$0] ?? $0 }).subtracting([name])
      #expect(
        imported.subtracting(listed).isEmpty,
        "\(name) imports \(imported.subtracting(listed).sorted()) but Package.swift does not list them")
      #expect(
        listed.subtracting(imported).isEmpty,
        "\(name) lists \(listed.subtracting(imported).sorted()) in Package.swift but imports none of them")
    }
  }
}
