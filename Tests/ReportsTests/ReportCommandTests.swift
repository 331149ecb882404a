import Foundation
import Marking
import Reports
import SoftcheckTestSupport
import SwiftCSV
import Testing

/// `softcheck report` end to end: the built executable on the fixture class.
@Suite("softcheck report (end to end)")
struct ReportCommandTests {
  /// The fixture class as the command line names it, relative to the package root.
  static let classPath = "Tests/ReportsTests/Fixtures/class"

  static var classFileCount: Int {
    get throws { try Fixture.classFiles().count }
  }

  @Test("every format exits 0 and writes its file", arguments: ["html", "md", "json", "csv", "junit"])
  func format(_ format: String) throws {
    let tmp = try TemporaryFolder()
    let out = tmp.path("r.\(format)")
    let run = try CLI.run(["report", Self.classPath, "--out", out, "--format", format])
    #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
    let text = try #require(try? String(contentsOfFile: out, encoding: .utf8), "the report was written")
    #expect(!text.isEmpty)
    #expect(run.stderr.contains("wrote"))
    #expect(tmp.listing() == ["r.\(format)"], "only the report is written")
    let files = try Self.classFileCount
    switch format {
    case "html":
      let root = try XMLTree.parse(try htmlAsXML(text))
      #expect(root.all("details").filter { $0.attributes["class"] == "student" }.count == files)
    case "junit":
      #expect(try XMLTree.parse(text).elements("testsuite").count == files)
    case "csv":
      #expect(try EnumeratedCSV(string: text, delimiter: .comma).rows.count == files)
    case "json":
      let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
      #expect(object?["format"] as? String == "softcheck-report/1")
      let summary = object?["summary"] as? [String: Any]
      #expect((summary?["results"] as? [Any])?.count == files)
    default:
      #expect(text.contains("| id | student | score |"))
    }
  }

  @Test("the html report is the default format")
  func defaultFormat() throws {
    let tmp = try TemporaryFolder()
    let run = try CLI.run(["report", Self.classPath, "--out", tmp.path("r.html")])
    #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
    #expect(try String(contentsOfFile: tmp.path("r.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
  }

  @Test("gradescope with several files exits 2 with a message and writes nothing")
  func gradescopeSeveral() throws {
    let tmp = try TemporaryFolder()
    let run = try CLI.run(["report", Self.classPath, "--out", tmp.path("results.json"), "--format", "gradescope"])
    #expect(run.status == 2, "exit \(run.status)")
    #expect(run.stderr.contains("gradescope"), "stderr: \(run.stderr)")
    #expect(tmp.listing().isEmpty)
  }

  @Test("gradescope with one file exits 0 and writes results.json")
  func gradescopeOne() throws {
    let tmp = try TemporaryFolder()
    let out = tmp.path("results.json")
    let run = try CLI.run(["report", Self.classPath + "/02-lee-partial.yaml", "--out", out, "--format", "gradescope"])
    #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
    let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any]
    #expect((object?["score"] as? NSNumber)?.doubleValue == 1)
    #expect((object?["tests"] as? [Any])?.count == 4)
  }

  @Test("--out equal to an input file exits 2 and leaves the input unchanged")
  func outIsInput() throws {
    let tmp = try TemporaryFolder()
    let folder = try tmp.copyOfClass()
    let input = folder + "/01-kim-correct.yaml"
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    let listing = tmp.listing()
    let link = tmp.path("report.html")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
    for (args, what) in [
      ([folder, "--out", input], "the input itself"),
      ([input, "--out", input], "the only input"),
      ([folder, "--out", link], "a symlink to an input"),
      ([folder, "--out", input, "--format", "csv"], "an input, as CSV"),
    ] {
      let run = try CLI.run(["report"] + args)
      #expect(run.status == 2, "\(what): exit \(run.status)")
      #expect(!run.stderr.isEmpty, "\(what): a message")
      #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before, "\(what): the input is unchanged")
    }
    #expect(tmp.listing() == (listing + ["report.html"]).sorted(), "no temporary file left behind")
  }

  @Test("a report from inside a deep folder writes only --out, whatever the ids")
  func hostileIDFromDeepFolder() throws {
    let tmp = try TemporaryFolder()
    let deep = tmp.url.appendingPathComponent("a/b/c")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    try """
    student: "<script>alert(1)</script>"
    id: "../../x"
    answers:
      log-partition:
        erratum: "no"
    """.write(to: deep.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
    for format in ["html", "md", "json", "csv", "junit", "gradescope"] {
      let run = try CLI.run(["report", "x.yaml", "--out", "r.\(format)", "--format", format], in: deep)
      #expect(run.status == 0, "\(format): exit \(run.status): \(run.stderr)")
    }
    let expected =
      ["a", "a/b", "a/b/c"] + ["html", "md", "json", "csv", "junit", "gradescope"].map { "a/b/c/r.\($0)" } + ["a/b/c/x.yaml"]
    #expect(tmp.listing() == expected.sorted())
  }

  @Test("the same class gives the same report bytes in every run", arguments: ["html", "csv", "json", "junit", "md"])
  func deterministicAcrossRuns(_ format: String) throws {
    let tmp = try TemporaryFolder()
    var outputs: [Data] = []
    for k in 0..<2 {
      let out = tmp.path("r\(k).\(format)")
      let run = try CLI.run(["report", Self.classPath, "--out", out, "--format", format])
      #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
      outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
    }
    if format == "json" {
      let texts = outputs.map { String(decoding: $0, as: UTF8.self) }
      #expect(try canonicalJSON(texts[0]) == canonicalJSON(texts[1]), "the two runs have the same content")
    }
    #expect(outputs[0] == outputs[1], "two runs of `report --format \(format)` differ")
  }

  @Test("mark --format json gives the same bytes in every run (cli.md: byte for byte)")
  func markDeterministic() throws {
    let file = Self.classPath + "/02-lee-partial.yaml"
    let first = try CLI.run(["mark", file, "--format", "json"])
    let second = try CLI.run(["mark", file, "--format", "json"])
    #expect(first.status == 1 && second.status == 1)
    #expect(first.stdout == second.stdout, "two runs of `mark --format json` differ")
    // cli.md shows the fields in this order.
    let keys = [
      "\"format\"", "\"file\"", "\"id\"", "\"student\"", "\"seed\"", "\"score\"", "\"max\"", "\"errors\"", "\"exercises\"",
    ]
    let positions = keys.compactMap { first.stdout.range(of: $0)?.lowerBound }
    #expect(positions.count == keys.count)
    #expect(positions == positions.sorted(), "the fields of a result come in the documented order")
  }

  @Test("shards marked with `mark --format jsonl` merge into the same CSV and HTML as one run")
  func shardsThroughTheCommandLine() throws {
    let tmp = try TemporaryFolder()
    let names = try Fixture.classFiles().map { ($0 as NSString).lastPathComponent }
    // The folder expands to `classPath/name`; give the shards the same paths.
    let paths = names.map { Self.classPath + "/" + $0 }
    let shards = [
      paths.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
      paths.enumerated().filter { $0.offset % 2 == 1 }.map(\.element),
    ]
    var jsonl: [String] = []
    for (k, shard) in shards.enumerated() {
      let run = try CLI.run(["mark"] + shard + ["--format", "jsonl"])
      #expect(run.status == 1, "some answers are wrong: exit 1; got \(run.status): \(run.stderr)")
      let path = tmp.path("shard\(k).jsonl")
      try run.stdout.write(toFile: path, atomically: true, encoding: .utf8)
      jsonl.append(path)
    }
    for format in ["csv", "html"] {
      let whole = tmp.path("whole.\(format)")
      let merged = tmp.path("merged.\(format)")
      let a = try CLI.run(["report", Self.classPath, "--out", whole, "--format", format])
      let b = try CLI.run(["report"] + jsonl.reversed() + ["--out", merged, "--format", format])
      #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
      #expect(
        try Data(contentsOf: URL(fileURLWithPath: whole)) == Data(contentsOf: URL(fileURLWithPath: merged)),
        "the \(format) of merged shards differs from one run")
    }
  }
}

/// One marking, many reports: `--out` repeated, the format from each extension.
@Suite("softcheck report --out (several)")
struct ReportOutputsTests {
  @Test("one run writes HTML, CSV, JSON and Markdown that agree")
  func several() throws {
    let tmp = try TemporaryFolder()
    let run = try CLI.run([
      "report", ReportCommandTests.classPath, "--out", tmp.path("c.html"), "--out", tmp.path("c.csv"),
      "--out", tmp.path("c.json"), "--out", tmp.path("c.md"), "--out", tmp.path("c.xml"),
    ])
    #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
    #expect(tmp.listing() == ["c.csv", "c.html", "c.json", "c.md", "c.xml"])
    let files = try ReportCommandTests.classFileCount
    let html = try String(contentsOfFile: tmp.path("c.html"), encoding: .utf8)
    #expect(try XMLTree.parse(try htmlAsXML(html)).all("details").filter { $0.attributes["class"] == "student" }.count == files)
    let csv = try String(contentsOfFile: tmp.path("c.csv"), encoding: .utf8)
    #expect(try EnumeratedCSV(string: csv, delimiter: .comma).rows.count == files)
    #expect(!csv.hasPrefix("\u{FEFF}"), "no BOM unless asked for")
    let json =
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: tmp.path("c.json")))) as? [String: Any]
    #expect(((json?["summary"] as? [String: Any])?["results"] as? [Any])?.count == files)
    #expect(try String(contentsOfFile: tmp.path("c.md"), encoding: .utf8).hasPrefix("# softcheck class report"))
    #expect(try XMLTree.parse(try String(contentsOfFile: tmp.path("c.xml"), encoding: .utf8)).name == "testsuites")
    #expect(run.stderr.components(separatedBy: "wrote").count == 6, "one line per file written")
  }

  @Test("--csv-bom starts the CSV with a UTF-8 byte order mark")
  func bom() throws {
    let tmp = try TemporaryFolder()
    let run = try CLI.run(["report", ReportCommandTests.classPath, "--out", tmp.path("c.csv"), "--csv-bom"])
    #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: tmp.path("c.csv")))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
  }

  @Test("--format with several outputs is a usage error")
  func formatWithSeveral() throws {
    let tmp = try TemporaryFolder()
    let run = try CLI.run([
      "report", ReportCommandTests.classPath, "--out", tmp.path("a.html"), "--out", tmp.path("b.csv"), "--format", "csv",
    ])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--format is for a single --out"))
    #expect(tmp.listing().isEmpty)
  }

  @Test("--manual applies points by hand; a mistake in it names its file, line and column")
  func manual() throws {
    let tmp = try TemporaryFolder()
    try ManualPointsTests.file.write(toFile: tmp.path("points.yaml"), atomically: true, encoding: .utf8)
    let run = try CLI.run([
      "report", ReportCommandTests.classPath, "--out", tmp.path("c.json"), "--manual", tmp.path("points.yaml"),
    ])
    #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
    #expect(try String(contentsOfFile: tmp.path("c.json"), encoding: .utf8).contains("\"manual\" : true"))
    try "format: softcheck-manual/1\npoints:\n  nobody:\n    pam3/why: 1\n".write(
      toFile: tmp.path("bad.yaml"), atomically: true, encoding: .utf8)
    let bad = try CLI.run(["report", ReportCommandTests.classPath, "--out", tmp.path("d.json"), "--manual", tmp.path("bad.yaml")])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("bad.yaml:4:5: no file has the learner id 'nobody'"), "stderr: \(bad.stderr)")
    #expect(!FileManager.default.fileExists(atPath: tmp.path("d.json")))
  }
}
