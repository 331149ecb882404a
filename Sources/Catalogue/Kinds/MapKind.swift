import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `map`: a value for each whole number of a range (`{1: ..., 4: ...}`), each decided as a
/// `value`, with credit per key unless `entry-credit: all`.
package struct MapKind: CheckKind {
  package static let name = "map"
  package static let fields = ["keys", "reference", "significant-digits", "entropy-bound", "entry-credit"]
  /// The keys of `keys:`.
  package static let keyFields = ["variable", "from", "to"]
  package var check: MapCheck

  package init(reading part: KindFields) throws(CatalogueError) {
    let keyNode = try part.required("keys")
    let kf = try part.pairs(keyNode, of: "keys", keys: Self.keyFields)
    let keyName = try part.reader.string(kf, "variable", in: keyNode)
    guard let from = try part.reader.number(kf, "from").map({ Int($0) }),
      let to = try part.reader.number(kf, "to").map({ Int($0) }),
      from <= to
    else {
      throw part.fail(
        en: "keys needs integer 'from' and 'to' with from <= to",
        ko: "keys 항목에는 from <= to를 만족하는 정수 'from'과 'to'가 있어야 합니다", at: keyNode.location)
    }
    let reference = try part.expression("reference", variables: [Variable(name: keyName, domain: .count)])
    let digits = try part.integer("significant-digits") ?? 4
    check = MapCheck(key: keyName, keys: from...to, reference: reference.expression, minimumSignificantDigits: digits)
    check.entropyBound = try part.entropyBound()
    check.perEntryCredit = try part.optionalString("entry-credit") != "all"
  }

  package var answerForm: LocalizedText {
    let (name, from, to) = (check.key, check.keys.lowerBound, check.keys.upperBound)
    return LocalizedText(
      en: "a mapping from \(name) (\(from) to \(to)) to a value, e.g. {1: ..., 4: ...}",
      ko: "\(name) (\(from)부터 \(to)까지)에서 값으로 가는 매핑 (예: {1: ..., 4: ...})")
  }
  package var minimumSignificantDigits: Int? { check.minimumSignificantDigits }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer) }
}
