import Catalogue
import Foundation
import Marking
import Reports
import SoftcheckTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The fixture class in `Fixtures/class`: about twenty answer files covering every verdict, a file
/// that is not YAML, one that is not UTF-8 (`21-latin1.yaml`, Latin-1 bytes), two files with the
/// same id, and hostile ids and names.
enum Fixture {
  /// The shipped catalogue, loaded once.
  static let shipped: Result<Catalogue, any Error> = Result { try Catalogue.shipped() }

  static func catalogue() throws -> Catalogue { try shipped.get() }

  static func marker() throws -> Marker { Marker(catalogue: try catalogue()) }

  /// `Fixtures/` in the test bundle.
  static var fixtures: URL {
    get throws {
      try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "the Fixtures folder is bundled")
    }
  }

  /// `Fixtures/class` in the test bundle.
  static var classFolder: URL {
    get throws { try fixtures.appendingPathComponent("class") }
  }

  /// The answer files of the class, sorted by name (absolute paths).
  static func classFiles() throws -> [String] {
    let folder = try classFolder
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
      .sorted()
    return names.map { folder.appendingPathComponent($0).path }
  }

  /// The class marked once, file by file, in file-name order (shared by the tests).
  static let markedClass: Result<[FileResult], any Error> = Result {
    let m = try Fixture.marker()
    return try classFiles().map { m.mark(path: $0) }
  }

  static func results() throws -> [FileResult] { try markedClass.get() }

  static func summary() throws -> ClassSummary { ClassSummary(results: try results()) }

  /// The result of the fixture file called `name` (e.g. `12-script.yaml`).
  static func result(_ name: String) throws -> FileResult {
    try #require(try results().first { ($0.file as NSString).lastPathComponent == name }, "fixture \(name) exists")
  }

  /// Marks one answer file given as text (for hostile inputs that are clearer in the test).
  static func mark(_ yaml: String, file: String = "inline.yaml") throws -> FileResult {
    try marker().mark(text: yaml, file: file)
  }
}

/// A fresh folder under the system temporary directory, removed when released.
extension TemporaryFolder {
  /// A copy of the fixture class in `class/` inside this folder; returns its path.
  func copyOfClass() throws -> String {
    let target = url.appendingPathComponent("class")
    try FileManager.default.copyItem(at: try Fixture.classFolder, to: target)
    return target.path
  }
}

// MARK: - XML

/// A parsed XML element: just enough of a DOM to check reports (XMLParser is a SAX parser).
final class XElement {
  let name: String
  let attributes: [String: String]
  var children: [XElement] = []
  /// The character data directly inside this element.
  var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// This element and every element below it, in document order.
  var descendants: [XElement] { [self] + children.flatMap(\.descendants) }

  func all(_ name: String) -> [XElement] { descendants.filter { $0.name == name } }

  func elements(_ name: String) -> [XElement] { children.filter { $0.name == name } }

  /// All character data below this element, in document order.
  var allText: String { text + children.map(\.allText).joined() }
}

/// Parses a document with Foundation's `XMLParser`, failing on any well-formedness error.
final class XMLTree: NSObject, XMLParserDelegate {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private var stack: [XElement] = []
  private var root: XElement?
  private var error: String?

  static func parse(_ text: String) throws -> XElement {
    let builder = XMLTree()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = builder
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    let ok = parser.parse()
    if !ok || builder.error != nil || parser.parserError != nil {
      let message = builder.error ?? parser.parserError.map { "\($0)" } ?? "unknown error"
      throw Failure(description: "not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber): \(message)")
    }
    guard let root = builder.root, builder.stack.isEmpty else { throw Failure(description: "no root element") }
    return root
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    let element = XElement(name: elementName, attributes: attributeDict)
    if let parent = stack.last {
      parent.children.append(element)
    } else if root == nil {
      root = element
    } else {
      error = "a second root element <\(elementName)>"
    }
    stack.append(element)
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
    if stack.last?.name != elementName { error = "</\(elementName)> closes <\(stack.last?.name ?? "nothing")>" }
    _ = stack.popLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.text += string
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    if error == nil { error = "\(parseError)" }
  }
}

/// The HTML report as XML: everything after the `<!DOCTYPE html>` line.
func htmlAsXML(_ html: String) throws -> String {
  let doctype = "<!DOCTYPE html>"
  try #require(html.hasPrefix(doctype), "the HTML report starts with \(doctype)")
  return String(html.dropFirst(doctype.count))
}

// MARK: - The softcheck executable

/// The CSV formula-injection guard the gradebook promises: a leading `= + - @` gets a `'`,
/// unless the field is a number.
func guardedCSVField(_ s: String) -> String {
  if let first = s.first, "=+-@".contains(first), Double(s) == nil { return "'" + s }
  return s
}
