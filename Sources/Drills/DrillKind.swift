import Catalogue
import Checks
import Language
import Localization
import Sampling

/// A kind of drill question: a generator of fresh questions of one form. Progress (the Leitner
/// box) is kept per kind, so a kind you miss comes back sooner.
package struct DrillKind: Sendable, Identifiable {
  /// The stable id (`kraft`, `seed-numerics/sigmoid`): progress files and `drill ID` use it.
  package var id: String
  /// A short title for lists and question headers, in both languages.
  package var title: LocalizedText
  /// The catalogue exercises this kind practises; `softcheck drill EXERCISE` selects it.
  package var exercises: [String]
  /// Whether every question of the kind is the same (the seeds' fixed numeric drills).
  package var isFixed: Bool
  let make: @Sendable (inout RandomSource) throws -> DrillQuestion

  init(
    id: String, title: LocalizedText, exercises: [String], isFixed: Bool = false,
    make: @escaping @Sendable (inout RandomSource) throws -> DrillQuestion
  ) {
    self.id = id
    self.title = title
    self.exercises = exercises
    self.isFixed = isFixed
    self.make = make
  }

  /// The question of this kind for `seed`; `occurrence` counts earlier questions of the same kind
  /// in one run, so a kind asked twice gets fresh numbers. A pure function of its arguments.
  package func question(seed: UInt64, occurrence: Int = 0) throws(DrillError) -> DrillQuestion {
    var random = RandomSource(seed: seed, key: "drill/\(id)", index: occurrence)
    do {
      return try make(&random)
    } catch let error as DrillError {
      throw error
    } catch let error as ExpressionError {
      throw .cannotMake(id, because: error.message)
    } catch {
      throw .cannotMake(id, because: LocalizedText(en: "\(error)", ko: "\(error)"))
    }
  }
}

/// A question that could not be built (an internal error: generated references always parse).
package struct DrillError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, in both languages.
  package var message: Message
  init(_ message: Message) { self.message = message }

  /// A question of kind `id` could not be made, for the reason given.
  static func cannotMake(_ id: String, because why: LocalizedText) -> DrillError {
    DrillError(
      Message(
        "drill.cannot-make-question", en: "cannot make a '\(id)' question: \(why.en)",
        ko: "'\(id)' 종류의 문항을 만들 수 없습니다: \(why.ko)"))
  }

  /// The English sentence (logs, tests).
  package var description: String { message.text.en }
}

/// Every drill kind: the generated ones, then the fixed seed drills from the catalogue.
package struct DrillCatalogue: Sendable {
  package var kinds: [DrillKind]

  /// The generated kinds, plus one kind per value, vector or matrix part of the catalogue's
  /// `seed-numerics` exercise and per numeric part of an exercise with parameters (drawing a
  /// fresh variant for each question).
  package init(catalogue: Catalogue) {
    kinds = Generators.all
    if let seeds = catalogue.exercise("seed-numerics") {
      kinds += SeedDrills.kinds(from: seeds)
    }
    for e in catalogue.exercises where e.hasParameters && e.id != "seed-numerics" {
      kinds += SeedDrills.kinds(from: e)
    }
  }

  /// The kind with this id.
  package func kind(_ id: String) -> DrillKind? { kinds.first { $0.id == id } }

  /// Resolves command-line ids: a kind id (`kraft`), or an exercise id (`dyadic-code`, every
  /// kind that practises it). No ids means every kind. Order follows the catalogue, without
  /// repeats.
  package func select(_ ids: [String]) -> Result<[DrillKind], SelectionError> {
    guard !ids.isEmpty else { return .success(kinds) }
    var chosen: Set<String> = []
    for id in ids {
      if kind(id) != nil {
        chosen.insert(id)
        continue
      }
      let matching = kinds.filter { $0.exercises.contains(id) }
      guard !matching.isEmpty else { return .failure(SelectionError(id: id, known: knownIDs)) }
      chosen.formUnion(matching.map(\.id))
    }
    return .success(kinds.filter { chosen.contains($0.id) })
  }

  /// Every id `select` accepts: kind ids and the exercise ids that have drills.
  package var knownIDs: [String] {
    var seen: Set<String> = []
    var out: [String] = []
    for id in kinds.map(\.id) + kinds.flatMap(\.exercises) where seen.insert(id).inserted { out.append(id) }
    return out
  }

  /// An id that names neither a drill kind nor an exercise with drills.
  package struct SelectionError: Error, Sendable, CustomStringConvertible {
    package var id: String
    package var known: [String]

    /// The sentence in both languages, with a suggestion when a known id is close.
    package var message: Message {
      let hint = NameSuggestion.hint(for: id, among: known)
      return Message(
        "drill.unknown-id",
        en: "no drills for '\(id)'\(hint.en) (`softcheck drill --list` shows the drill kinds and exercises)",
        ko: "'\(id)'에 대한 연습이 없습니다 (`softcheck drill --list`로 연습 종류와 문제를 볼 수 있습니다)\(hint.ko)")
    }

    /// The English sentence.
    package var description: String { message.text.en }
  }
}
