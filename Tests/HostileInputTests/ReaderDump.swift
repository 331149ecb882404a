import AnswerDocument

/// A reader's outcome written out in full (every text, location, quote flag and segment; the
/// message's id, both texts and location), so two outcomes are equal exactly when their dumps are.
func dump(_ outcome: Result<AnswerNode?, YAMLReader.Failure>) -> String {
  switch outcome {
  case .failure(let f):
    return "error \(f.message.id) @\(f.location.map(\.description) ?? "-")\n  \(f.message.text.en)\n  \(f.message.text.ko)\n"
  case .success(nil):
    return "nothing\n"
  case .success(let node?):
    var out = ""
    // An explicit stack: the corpus holds alias-expanded and deep trees.
    var pending: [(node: AnswerNode, indent: String, label: String)] = [(node, "", "")]
    while let (node, indent, label) = pending.popLast() {
      switch node {
      case .scalar(let s):
        out += indent + label + describe(s) + "\n"
      case .sequence(let items, let at):
        out += indent + label + "seq @\(at) \(items.count)\n"
        pending.append(contentsOf: items.reversed().map { ($0, indent + "  ", "- ") })
      case .mapping(let pairs, let at):
        out += indent + label + "map @\(at) \(pairs.count)\n"
        pending.append(contentsOf: pairs.reversed().map { ($0.value, indent + "  ", describe($0.key) + " => ") })
      }
    }
    return out
  }
}

private func describe(_ s: AnswerNode.ScalarText) -> String {
  let starts = s.lineStarts.map(\.description).joined(separator: ",")
  let segments = s.segments.map { " segments " + $0.map { "\($0.offset)@\($0.start)" }.joined(separator: ",") } ?? ""
  return "\(s.quoted ? "quoted" : "plain") \(String(reflecting: s.text)) starts \(starts)\(segments)"
}

/// Reads `text` with `read`, catching the failure.
func outcome(
  _ read: (String) throws(YAMLReader.Failure) -> AnswerNode?, _ text: String
) -> Result<AnswerNode?, YAMLReader.Failure> {
  do throws(YAMLReader.Failure) { return .success(try read(text)) } catch { return .failure(error) }
}
