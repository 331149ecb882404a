internal import CYaml

/// Builds the ``AnswerNode`` tree in one pass over libyaml's events, with an explicit stack of
/// open collections (hostile files nest deeply; nothing here recurses).
///
/// Problems are reported in the order the earlier reader (a nesting pre-pass, Yams' composer,
/// then a conversion) found them, so every file fails with the same message at the same place:
/// nesting beyond the limit, or libyaml's own refusal, as soon as it is read; a problem the
/// composer stopped at (a duplicate key, an undefined alias, a second document) when the stream
/// is read to its end; and a problem of the tree itself (too many values, a collection as a key),
/// the first in document order, only when the stream has no other problem.
struct TreeBuilder {
  typealias Failure = YAMLReader.Failure

  let text: String
  let maxDepth: Int
  var budget: NodeBudget
  private var lines: [Substring]?
  private var stack: [OpenCollection] = []
  private var root: AnswerNode?
  private var documents = 0
  /// Collections open, counted on after building stops (the nesting limit still applies).
  private var depth = 0
  private var anchors: [String: Anchored] = [:]
  private(set) var composerProblem: Failure?
  private var treeProblem: Failure?

  init(text: String, maxDepth: Int, maxNodes: Int) {
    self.text = text
    self.maxDepth = maxDepth
    budget = NodeBudget(maxNodes: maxNodes, maxDepth: maxDepth)
  }

  /// Reads every event of `parser` and returns the first document's root.
  mutating func build(_ parser: inout yaml_parser_t) throws(Failure) -> AnswerNode? {
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { throw failure(of: parser) }
      defer { yaml_event_delete(&event) }
      if event.type == YAML_STREAM_END_EVENT { break }
      try take(event)
    }
    if let composerProblem { throw composerProblem }
    if let treeProblem { throw treeProblem }
    return root
  }

  private mutating func take(_ event: yaml_event_t) throws(Failure) {
    let at = SourceLocation(libyaml: event.start_mark)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents == 2 {
        composer(
          YAMLReader.notYAML(
            problem: "but found another document", context: "expected a single document in the stream",
            at: at, text: text))
      }
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      depth += 1
      if depth > maxDepth { throw YAMLReader.tooDeep(maxDepth, at: at) }
      if composerProblem == nil { open(event, at: at) }
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      depth -= 1
      if composerProblem == nil { close() }
    case YAML_SCALAR_EVENT:
      if composerProblem == nil { scalar(event, at: at) }
    case YAML_ALIAS_EVENT:
      if composerProblem == nil { alias(named: String(cString: event.data.alias.anchor), at: at) }
    default:
      break
    }
  }

  /// Where the next node goes: its depth, and whether it is a key or inside one.
  private var position: (depth: Int, isKey: Bool, inKey: Bool) {
    // Read in place: copying the parent out would retain each of its arrays.
    guard !stack.isEmpty else { return (0, false, false) }
    let isKey = stack[stack.count - 1].expectsKey
    return (stack.count, isKey, stack[stack.count - 1].inKey || isKey)
  }

  /// Counts a node standing as a value, unless a problem of the tree was already found.
  private mutating func count(at: SourceLocation, _ here: (depth: Int, isKey: Bool, inKey: Bool)) {
    guard !here.inKey, treeProblem == nil else { return }
    treeProblem = budget.count(.init(at: at, depth: here.depth))
  }

  private mutating func open(_ event: yaml_event_t, at: SourceLocation) {
    let here = position
    if here.isKey, treeProblem == nil { treeProblem = YAMLReader.complexKey(at: at) }
    let firstEntry = budget.entries.count
    count(at: at, here)
    let isSequence = event.type == YAML_SEQUENCE_START_EVENT
    let (anchor, tag) =
      isSequence
      ? (event.data.sequence_start.anchor, event.data.sequence_start.tag)
      : (event.data.mapping_start.anchor, event.data.mapping_start.tag)
    stack.append(
      OpenCollection(
        kind: isSequence ? .sequence : .mapping, at: at, depth: here.depth, anchor: anchor.map { String(cString: $0) },
        tag: TreeBuilder.resolvedTag(tag, default: isSequence ? "tag:yaml.org,2002:seq" : "tag:yaml.org,2002:map"),
        inKey: here.inKey, firstEntry: firstEntry))
  }

  private mutating func close() {
    guard let done = stack.popLast() else { return }
    if done.kind == .mapping, let duplicate = MappingKey.firstDuplicate(in: done.keys) {
      return composer(YAMLReader.duplicateKey(duplicate.name, at: duplicate.at))
    }
    let node = done.node
    if let anchor = done.anchor {
      let descendants = min(done.firstEntry + 1, budget.entries.count)..<budget.entries.count
      anchors[anchor] = Anchored(node: node, at: done.at, depth: done.depth, tag: done.tag, descendants: descendants)
    }
    attach(node, tag: done.tag, at: done.at)
  }

  private mutating func scalar(_ event: yaml_event_t, at: SourceLocation) {
    let data = event.data.scalar
    let string = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
    let style = ScalarStyle(libyaml: data.style)
    if style == .literal || style == .folded, lines == nil { lines = text.yamlLines() }
    let node = AnswerNode.scalar(YAMLReader.scalarText(string, style: style, at: at, lines: lines ?? []))
    // A quoted scalar without a tag is a string; so is one tagged only `!`.
    let tag = TreeBuilder.resolvedTag(data.quoted_implicit == 1 ? nil : data.tag, default: "tag:yaml.org,2002:str")
    let here = position
    count(at: at, here)
    if let anchor = data.anchor {
      anchors[String(cString: anchor)] = Anchored(node: node, at: at, depth: here.depth, tag: tag, descendants: 0..<0)
    }
    attach(node, tag: tag, at: at)
  }

  private mutating func alias(named name: String, at: SourceLocation) {
    guard let anchored = anchors[name] else {
      return composer(YAMLReader.notYAML(problem: "found undefined alias", context: nil, at: at, text: text))
    }
    let here = position
    if here.isKey {
      if !anchored.isScalar, treeProblem == nil { treeProblem = YAMLReader.complexKey(at: anchored.at) }
    } else if !here.inKey, treeProblem == nil {
      treeProblem = budget.countCopy(of: anchored, depth: here.depth)
    }
    attach(anchored.node, tag: anchored.tag, at: anchored.at)
  }

  private mutating func attach(_ node: AnswerNode, tag: String, at: SourceLocation) {
    if stack.isEmpty {
      if root == nil { root = node }
    } else {
      stack[stack.count - 1].add(node, tag: tag, at: at)
    }
  }

  /// Notes the first problem Yams' composer would have stopped at; building stops there.
  private mutating func composer(_ failure: Failure) {
    if composerProblem == nil { composerProblem = failure }
  }

  /// A tag as YAML resolves it for plain data: none, or the non-specific `!`, is the default.
  static func resolvedTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, default name: String) -> String {
    guard let tag else { return name }
    let written = String(cString: tag)
    return written == "!" ? name : written
  }
}
