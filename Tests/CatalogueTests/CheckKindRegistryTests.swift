import AnswerDocument
import Catalogue
import Checks
import Language
import Localization
import Marking
import Sampling
import Testing

/// A kind softcheck does not ship, defined here and nowhere else: a whole number above `floor`.
/// That the catalogue reads it, `show` has its answer form and the marker marks it, through the
/// registry alone, is what "adding a kind is one file" means.
struct AboveKind: CheckKind {
  static let name = "above"
  static let fields = ["floor"]
  static let defaultPoints: Double = 2
  var floor: Int

  init(reading part: KindFields) throws(CatalogueError) {
    let text = try part.string("floor")
    guard let floor = Int(text) else {
      throw part.fail(en: "floor is a whole number", ko: "floor 항목은 정수여야 합니다", at: part["floor"]?.location)
    }
    self.floor = floor
  }

  var answerForm: LocalizedText { LocalizedText(en: "a whole number above \(floor)", ko: "\(floor)보다 큰 정수") }

  func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    guard case .scalar(let s) = answer, let n = Int(s.text) else {
      return .invalid(Message("above.not-whole", en: "expected a whole number", ko: "정수가 필요합니다"), at: answer.location)
    }
    return n > floor
      ? CheckOutcome(verdict: .correct, credit: 1)
      : CheckOutcome(
        verdict: .incorrect, feedback: [Message("above.too-small", en: "not above \(floor)", ko: "\(floor)보다 크지 않습니다")], credit: 0
      )
  }
}

@Suite("Check kinds are registered units")
struct CheckKindRegistryTests {
  static let file = """
    id: above-test
    title: {en: Above, ko: 위}
    statement: {en: Name a number above three., ko: 3보다 큰 수를 쓰세요.}
    parts:
      - id: n
        kind: above
        prompt: {en: A number above three, ko: 3보다 큰 수}
        floor: 3
    """

  @Test("a kind added to the registry alone is read, described and marked")
  func fakeKind() throws {
    let kinds = CheckKinds.standard.adding(AboveKind.self)
    let exercise = try Catalogue.parse(Self.file, file: "above.yaml", kinds: kinds)
    let part = try #require(exercise.part("n"))
    #expect(part.kind == "above")
    #expect(part.points == 2)
    #expect(part.answerForm.en == "a whole number above 3")
    let marker = Marker(catalogue: Catalogue(exercises: [exercise]))
    let right = marker.mark(text: "answers:\n  above-test:\n    n: 7\n", file: "a.yaml")
    #expect(right.exercises.first?.parts.first?.verdict == .correct)
    #expect(right.exercises.first?.parts.first?.kind == "above")
    let wrong = marker.mark(text: "answers:\n  above-test:\n    n: 2\n", file: "a.yaml")
    #expect(wrong.exercises.first?.parts.first?.verdict == .incorrect)
  }

  @Test("the standard registry does not know the added kind, and says so with the kinds it knows")
  func unknownWithoutRegistration() {
    do {
      _ = try Catalogue.parse(Self.file, file: "above.yaml")
      Issue.record("an unregistered kind was read")
    } catch let error as CatalogueError {
      #expect(error.description.hasPrefix("above.yaml:6:11: unknown part kind 'above'"), "\(error)")
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test("a kind's field is refused in a part of another kind")
  func fieldOfAnotherKind() throws {
    let kinds = CheckKinds.standard.adding(AboveKind.self)
    let text = Self.file.replacingOccurrences(of: "    floor: 3", with: "    floor: 3\n    reference: 4")
    #expect(throws: CatalogueError.self) { try Catalogue.parse(text, file: "above.yaml", kinds: kinds) }
  }

  @Test("every kind has one name, and no field that every part has")
  func namesAndFields() {
    let names = CheckKinds.standard.names
    #expect(Set(names).count == names.count)
    for kind in CheckKinds.standard.kinds {
      #expect(Set(kind.fields).isDisjoint(with: ExerciseKeys.part), "\(kind.name) repeats a common field")
      #expect(Set(kind.fields).count == kind.fields.count, "\(kind.name) lists a field twice")
    }
  }

  @Test("every shipped part's kind is a registered kind")
  func shippedKinds() throws {
    for exercise in try Catalogue.shipped().exercises {
      for part in exercise.parts {
        #expect(CheckKinds.standard.named(part.kind) != nil)
      }
    }
  }
}
