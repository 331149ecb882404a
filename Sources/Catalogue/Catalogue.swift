import AnswerDocument
import Foundation
import Language
import Localization
import Parallel
import Synchronization

/// The exercises softcheck knows: the shipped `Exercises/` files, or a folder of your own.
package struct Catalogue: Sendable {
  /// The exercises, sorted by id.
  package var exercises: [Exercise]

  package init(exercises: [Exercise]) {
    self.exercises = exercises.sorted { $0.id < $1.id }
  }

  /// The exercise with this id.
  package func exercise(_ id: String) -> Exercise? { exercises.first { $0.id == id } }

  /// What to tell someone who named an exercise that is not here, with the closest id.
  package func unknownExercise(_ id: String) -> Message {
    let hint = NameSuggestion.hint(for: id, among: exercises.map(\.id))
    return Message(
      "answers.unknown-exercise",
      en: "unknown exercise '\(id)'\(hint.en) (see `softcheck list`)",
      ko: "'\(id)'라는 문제는 없습니다 (`softcheck list`로 목록을 보세요)\(hint.ko)")
  }

  /// The exercises shipped with softcheck, read ``CatalogueReading/trusted``: each part's check
  /// is built when first needed (the tests load these files validated).
  package static func shipped() throws -> Catalogue {
    let folder = try shippedFolder()
    return try namingShippedFiles { try load(directory: folder, reading: .trusted) }
  }

  /// The exercises shipped with softcheck, every part's check built and every expression
  /// evaluated at load: what the tests load to keep the trusted reading honest.
  package static func shippedValidated() throws -> Catalogue {
    let folder = try shippedFolder()
    return try namingShippedFiles { try load(directory: folder, reading: .validated) }
  }

  /// Only the shipped exercises `ids` names, each read from its own file `<id>.yaml` (every
  /// shipped file is named so; a test keeps it so): marking a file that answers a few exercises
  /// need not read the others. Nil when an id has no such file, so the caller loads everything
  /// (an unknown id is then told with the closest known one).
  package static func shipped(ids: Set<String>) throws -> Catalogue? {
    let folder = try shippedFolder()
    let ids = ids.sorted()
    // An id is a name, never a path: anything else is left to the full catalogue.
    for id in ids {
      guard !id.isEmpty, !id.contains("/"), !id.hasPrefix("."),
        FileManager.default.fileExists(atPath: folder + "/" + id + ".yaml")
      else { return nil }
    }
    var exercises: [Exercise] = []
    for (id, result) in zip(ids, loadAll(ids.map { folder + "/" + $0 + ".yaml" }, reading: .trusted)) {
      // In id order, so the error reported is the first bad file's, as if read one by one.
      guard let exercise = try namingShippedFiles({ try result.get() }), exercise.id == id else { return nil }
      exercises.append(exercise)
    }
    return Catalogue(exercises: exercises)
  }

  static func shippedFolder() throws -> String {
    if let beside = besideExecutable { return beside }
    guard let url = Bundle.module.url(forResource: "Exercises", withExtension: nil) else {
      throw CatalogueError(
        file: "Exercises", location: nil,
        message: LocalizedText(
          en: "the shipped exercise files are missing from the installation",
          ko: "설치된 softcheck 에 기본 제공 문제 파일이 없습니다"))
    }
    return url.path
  }

  /// The shipped files beside the running executable, where `Bundle.module` looks first, found
  /// without starting Foundation's bundles (a few milliseconds of every `list`); nil elsewhere
  /// (then `Bundle.module` looks in the build folder too).
  private static let besideExecutable: String? = {
    #if os(Linux)
    guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
    let folder = (executable as NSString).deletingLastPathComponent + "/softcheck_Catalogue.resources/Exercises"
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue ? folder : nil
    #else
    return nil
    #endif
  }()

  /// Runs `load`, naming a bad file as a developer knows it, not the copy inside the build folder.
  private static func namingShippedFiles<T>(_ load: () throws -> T) throws -> T {
    do {
      return try load()
    } catch var error as CatalogueError {
      error.file = "Exercises/" + (error.file as NSString).lastPathComponent
      throw error
    }
  }

  /// Loads every exercise file of a folder. A bad exercise file stops the load with an error
  /// that names the file, line and column: a catalogue is trusted input and must be right.
  /// Other YAML files (an assignment, an answer file: no `parts:`) are left out.
  package static func load(directory: String, reading: CatalogueReading = .validated) throws -> Catalogue {
    try read(directory: directory, reading: reading).catalogue
  }

  /// A folder of exercise files as read: the exercises, and the files left out with the reason.
  package struct Folder: Sendable {
    package var catalogue: Catalogue
    package var skipped: [(file: String, reason: Message)]
  }

  /// Reads every `.yaml`/`.yml` file of a folder: exercise files (a mapping with `parts:`) are
  /// loaded, or stop the load with a located error; any other file is skipped with a note.
  package static func read(directory: String, reading: CatalogueReading = .validated) throws -> Folder {
    let fm = FileManager.default
    let names = try fm.contentsOfDirectory(atPath: directory)
      .filter { $0.lowercased().hasSuffix(".yaml") || $0.lowercased().hasSuffix(".yml") }
      .filter { !$0.hasPrefix(".") }
      .sorted()
    let paths = names.map { directory + "/" + $0 }
    let loaded = loadAll(paths, reading: reading)
    var exercises: [Exercise] = []
    var skipped: [(file: String, reason: Message)] = []
    var ids: Set<String> = []
    for (path, result) in zip(paths, loaded) {
      // In file order, so the error reported is the first bad file's, as if read one by one.
      guard let exercise = try result.get() else {
        skipped.append(
          (
            path,
            Message(
              "catalogue.not-an-exercise", en: "skipped: not an exercise file (it has no 'parts:')",
              ko: "건너뜀: 문제 파일이 아닙니다 ('parts:'가 없습니다)")
          ))
        continue
      }
      guard ids.insert(exercise.id).inserted else {
        throw CatalogueError(
          file: path, location: nil,
          message: LocalizedText(
            en: "the exercise id '\(exercise.id)' is used by two files",
            ko: "두 파일이 같은 문제 id를 씁니다: '\(exercise.id)'"))
      }
      exercises.append(exercise)
    }
    return Folder(catalogue: Catalogue(exercises: exercises), skipped: skipped)
  }

  /// Every file loaded, on every core: files are independent and the catalogue is read at each
  /// start, so its wall time is the program's startup. The largest files are started first, so
  /// no core is left reading a long file alone at the end. Results are in the order of `paths`.
  private static func loadAll(_ paths: [String], reading: CatalogueReading) -> [Result<Exercise?, any Error>] {
    let results = Mutex<[Result<Exercise?, any Error>]>(Array(repeating: .success(nil), count: paths.count))
    let sizes = paths.map(byteSize)
    let order = paths.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
    let next = Mutex(0)
    WorkerThreads.run(width: min(paths.count, ProcessInfo.processInfo.activeProcessorCount)) {
      while let k = next.withLock({ n -> Int? in
        defer { n += 1 }
        return n < order.count ? order[n] : nil
      }) {
        let result = Result { try loadFile(paths[k], reading: reading) }
        results.withLock { $0[k] = result }
      }
    }
    return results.withLock { $0 }
  }

  /// The file's size in bytes (0 when it cannot be read; reading it then says why). `stat`
  /// rather than Foundation's attribute dictionary, whose values are cast out of `Any`: each
  /// first cast in a process searches every protocol conformance of the program.
  private static func byteSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  /// Loads one exercise file, or nil when the file is YAML but not an exercise (no `parts:`).
  package static func loadFile(_ path: String, reading: CatalogueReading = .validated) throws -> Exercise? {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw CatalogueError(
        file: path, location: nil,
        message: LocalizedText(en: "cannot read the file as UTF-8 text", ko: "파일을 UTF-8 텍스트로 읽을 수 없습니다"))
    }
    // A shipped file's kept tree is its book variant's, `parameters:` block and all.
    let kept = reading == .trusted ? ShippedTrees.bookTree(ofFile: path, text: text) : nil
    if kept == nil, reading == .trusted, let exercise = bookVariant(readingOnlyParameters: text, file: path) { return exercise }
    let root = try kept ?? root(of: text, file: path)
    // Read once: a mapping without `parts:` is some other YAML file (an assignment, answers).
    guard case .mapping(let pairs, _) = root, pairs.contains(where: { $0.key.text == "parts" }) else { return nil }
    return try exercise(from: root, text: text, file: path, reading: reading, keptBookTree: kept != nil)
  }

  /// This catalogue with `additions` added; an addition with an id already here replaces it.
  /// Returns the ids replaced, so the caller can say so.
  package func adding(_ additions: Catalogue) -> (catalogue: Catalogue, replaced: [String]) {
    let theirs = Set(additions.exercises.map(\.id))
    let kept = exercises.filter { !theirs.contains($0.id) }
    let replaced = exercises.map(\.id).filter { theirs.contains($0) }
    return (Catalogue(exercises: kept + additions.exercises), replaced)
  }

  /// Parses the text of one exercise file (``CatalogueReading/validated`` unless told).
  package static func parse(
    _ text: String, file: String, kinds: CheckKinds = .standard, reading: CatalogueReading = .validated
  ) throws -> Exercise {
    try exercise(from: try root(of: text, file: file), text: text, file: file, kinds: kinds, reading: reading)
  }

  /// The text's YAML tree; an empty file or text that is not YAML is a located error.
  static func root(of text: String, file: String) throws(CatalogueError) -> AnswerNode {
    let root: AnswerNode?
    do { root = try YAMLReader().read(text) } catch {
      throw CatalogueError(file: file, location: error.location, message: error.message.text)
    }
    guard let root else {
      throw CatalogueError(file: file, location: nil, message: LocalizedText(en: "the file is empty", ko: "파일이 비어 있습니다"))
    }
    return root
  }

  /// The exercise an exercise file's tree defines (its book variant when it has parameters,
  /// which are substituted in the text, unless `root` is already that variant's tree).
  private static func exercise(
    from root: AnswerNode, text: String, file: String,
    kinds: CheckKinds = .standard, reading: CatalogueReading = .validated, keptBookTree: Bool = false
  ) throws -> Exercise {
    let reader = ExerciseFileReader(file: file, kinds: kinds, reading: reading)
    guard case .mapping(let pairs, _) = root, let node = pairs.first(where: { $0.key.text == "parameters" })?.value else {
      return try reader.read(root)
    }
    return try bookVariant(parameters: node, text: text, reader: reader, bookTree: keptBookTree ? root : nil)
  }

  /// A shipped file's book variant, its `parameters:` block read alone (``ParameterText/topLevelBlock(_:in:)``)
  /// instead of the whole file, which is read once, with the book's values in it. Nil when the
  /// file has no such block or it does not read (the whole file is then read, and any problem
  /// told where it is). The tests compare every shipped exercise and variant read so with the
  /// validated reading.
  private static func bookVariant(readingOnlyParameters text: String, file: String) -> Exercise? {
    guard let block = ParameterText.topLevelBlock("parameters", in: text),
      case .mapping(let pairs, _)? = try? YAMLReader().read(block), pairs.count == 1, pairs[0].key.text == "parameters"
    else { return nil }
    return try? bookVariant(parameters: pairs[0].value, text: text, reader: ExerciseFileReader(file: file, reading: .trusted))
  }

  /// The book variant of the exercise whose `parameters:` are `node` (read from `bookTree`
  /// when it is given: the variant's tree, kept).
  private static func bookVariant(
    parameters node: AnswerNode, text: String, reader: ExerciseFileReader, bookTree: AnswerNode? = nil
  ) throws -> Exercise {
    let (file, kinds, reading) = (reader.file, reader.kinds, reader.reading)
    let parameters = try reader.parameters(node)
    if reader.validates { try reader.checkPlaceholders(text, parameters) }
    var exercise = Exercise(id: "", title: LocalizedText(en: "", ko: ""), statement: LocalizedText(en: "", ko: ""), parts: [])
    exercise.parameters = parameters
    exercise.definition = ExerciseDefinition(text: text, file: file, kinds: kinds, reading: reading)
    // The book's numbers: the variant whose key is empty, as for an exercise without parameters.
    var book = try exercise.variant(Variant.book, bookTree: bookTree)
    book.variant = .book
    return book
  }

}

extension Catalogue {
  /// The folder that holds the shipped exercise files (`softcheck_Catalogue.resources` beside a
  /// built executable): the Gradescope kit copies it next to the binary it packs.
  package static var shippedResources: String? { Bundle.module.bundleURL.path }
}
