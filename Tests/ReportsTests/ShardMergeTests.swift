import Foundation
import Marking
import Reports
import SoftcheckTestSupport
import Testing

/// A class marked in shards (`mark --format jsonl`) and merged with `ResultLines.read` gives the
/// same reports, byte for byte, as marking every file in one run; so does any core count.
@Suite("jsonl shards and batch marking")
struct ShardMergeTests {
  /// CSV, HTML and JSON of a class, in that order.
  static func reports(_ results: [FileResult]) throws -> [String] {
    let summary = ClassSummary(results: results)
    return [CSVReport.render(summary), HTMLReport.render(summary), try ClassJSONReport.render(summary)]
  }

  @Test("two jsonl shards merge into the reports of one run")
  func shardsMerge() async throws {
    let files = try Fixture.classFiles()
    let batch = BatchMarker(marker: try Fixture.marker(), concurrency: 2)
    let oneRun = await batch.mark(files)
    // Interleaved shards, so the merged order differs from the file order before sorting.
    let shardA = files.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    let shardB = files.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    let tmp = try TemporaryFolder()
    let pathA = tmp.path("b-shard.jsonl")
    let pathB = tmp.path("a-shard.jsonl")
    try JSONReport.lines(await batch.mark(shardA)).write(toFile: pathA, atomically: true, encoding: .utf8)
    try JSONReport.lines(await batch.mark(shardB)).write(toFile: pathB, atomically: true, encoding: .utf8)
    let merged = try ResultLines.read(pathB) + ResultLines.read(pathA)
    #expect(merged.count == files.count)
    let (expected, actual) = (try Self.reports(oneRun), try Self.reports(merged))
    for (name, (e, a)) in zip(["CSV", "HTML", "JSON"], zip(expected, actual)) {
      #expect(e == a, "the \(name) report of the merged shards differs from one run")
    }
    #expect(try canonicalJSON(expected[2]) == canonicalJSON(actual[2]), "the JSON reports have the same content")
  }

  @Test("results survive the jsonl round trip unchanged")
  func roundTrip() throws {
    let results = try Fixture.results()
    let tmp = try TemporaryFolder()
    let path = tmp.path("class.jsonl")
    let lines = try JSONReport.lines(results)
    try lines.write(toFile: path, atomically: true, encoding: .utf8)
    let back = try ResultLines.read(path)
    #expect(back.count == results.count)
    // The same content (keys sorted) ...
    #expect(try canonicalJSONLines(JSONReport.lines(back)) == canonicalJSONLines(lines))
    // ... and the same bytes: encoding the same results twice must not reorder their keys.
    #expect(try JSONReport.lines(back) == lines)
    #expect(try JSONReport.lines(results) == lines)
    #expect(back.map(\.student) == results.map(\.student))
    #expect(back.map(\.id) == results.map(\.id))
  }

  @Test("a jsonl file with Windows line endings (CRLF) reads like one with LF")
  func crlfLines() throws {
    let results = Array(try Fixture.results().prefix(3))
    let tmp = try TemporaryFolder()
    let path = tmp.path("crlf.jsonl")
    try (try JSONReport.lines(results).replacingOccurrences(of: "\n", with: "\r\n") + "\r\n")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let back = try ResultLines.read(path)
    #expect(back.map(\.file) == results.map(\.file))
  }

  @Test("concurrency 1 and 4 give byte-identical reports")
  func concurrency() async throws {
    let files = try Fixture.classFiles()
    let marker = try Fixture.marker()
    let serial = await BatchMarker(marker: marker, concurrency: 1).mark(files)
    let parallel = await BatchMarker(marker: marker, concurrency: 4).mark(files)
    #expect(serial.map(\.file) == files)
    #expect(parallel.map(\.file) == files)
    #expect(try canonicalJSONLines(JSONReport.lines(serial)) == canonicalJSONLines(JSONReport.lines(parallel)))
    #expect(try JSONReport.lines(serial) == JSONReport.lines(parallel))
    let (a, b) = (try Self.reports(serial), try Self.reports(parallel))
    for (name, (x, y)) in zip(["CSV", "HTML", "JSON"], zip(a, b)) {
      #expect(x == y, "the \(name) report differs between concurrency 1 and 4")
    }
    let s = ClassSummary(results: serial)
    let p = ClassSummary(results: parallel)
    #expect(MarkdownReport.render(s) == MarkdownReport.render(p))
    #expect(JUnitReport.render(s) == JUnitReport.render(p))
  }

  @Test("a line that is not a result names its file and line")
  func badLine() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("bad.jsonl")
    let good = try JSONReport.lines(Array(try Fixture.results().prefix(1)))
    try (good + "\n{\"format\": \"softcheck-result/1\"}\n").write(toFile: path, atomically: true, encoding: .utf8)
    #expect {
      _ = try ResultLines.read(path)
    } throws: { error in
      guard let failure = error as? ResultLines.Failure else { return false }
      return failure.line == 2 && failure.file == path
    }
  }
}

/// A JSON text with its object keys sorted: equal for documents with the same content.
func canonicalJSON(_ text: String) throws -> String {
  let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
  let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])
  return String(decoding: data, as: UTF8.self)
}

/// ``canonicalJSON(_:)`` of each line.
func canonicalJSONLines(_ text: String) throws -> [String] {
  try text.split(separator: "\n").map { try canonicalJSON(String($0)) }
}
