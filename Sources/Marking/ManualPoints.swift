import AnswerDocument
import Catalogue
import Foundation
import Language
import Localization

/// Points an instructor gives by hand for written (`text`) answers, read from a small YAML file
/// (`report --manual FILE`, documented in the instructor guide):
///
///     format: softcheck-manual/1
///     worth:                       # what each written part is out of
///       pam3/why: 2
///     points:
///       2024-0137:                 # a learner id, as in the reports
///         pam3/why: 1.5
///         mutual-information/identity: {points: 2, note: "clear and complete"}
package struct ManualPoints: Sendable {
  /// Part key (`exercise/part`) → what it is out of.
  package var worth: [String: Double] = [:]
  /// Every grade, in file order.
  package var grades: [Grade] = []

  /// Points for one learner's answer to one part.
  package struct Grade: Sendable {
    package var learner: String
    package var part: String
    package var points: Double
    package var note: String?
    package var location: SourceLocation
  }

  /// A located problem with the file or with applying it.
  package struct Failure: Error, Sendable {
    package var location: SourceLocation?
    package var message: Message
    /// `file:line:column: sentence` in `language`.
    package func description(file: String, in language: DisplayLanguage) -> String {
      "\(file):" + (location.map { "\($0.line):\($0.column): " } ?? " ") + message[language]
    }
  }

  package static let format = "softcheck-manual/1"

  /// Reads the file's text.
  package static func parse(_ text: String) throws(Failure) -> ManualPoints {
    let root: AnswerNode?
    do { root = try YAMLReader().read(text) } catch { throw Failure(location: error.location, message: error.message) }
    guard case .mapping(let pairs, _)? = root else {
      throw Failure(location: root?.location, message: Problem.notAMapping.message)
    }
    var manual = ManualPoints()
    for (key, value) in pairs {
      switch key.text {
      case "format":
        guard value.flattenedText == format else {
          throw Failure(location: value.location, message: Problem.wrongFormat.message)
        }
      case "worth":
        for (part, node) in try mapping(value) { manual.worth[part.text] = try number(node) }
      case "points":
        for (learner, parts) in try mapping(value) {
          for (part, node) in try mapping(parts) { manual.grades.append(try grade(learner.text, part, node)) }
        }
      default:
        throw Failure(location: key.location(ofOffset: 0), message: Problem.unknownKey(key.text).message)
      }
    }
    return manual
  }

  private static func mapping(_ node: AnswerNode) throws(Failure) -> [(key: AnswerNode.ScalarText, value: AnswerNode)] {
    guard case .mapping(let pairs, _) = node else {
      throw Failure(location: node.location, message: Problem.expectedMapping.message)
    }
    return pairs
  }

  private static func number(_ node: AnswerNode) throws(Failure) -> Double {
    guard case .scalar(let s) = node, let x = Double(s.text.trimmed), x.isFinite, x >= 0 else {
      throw Failure(location: node.location, message: Problem.notPoints.message)
    }
    return x
  }

  private static func grade(_ learner: String, _ part: AnswerNode.ScalarText, _ node: AnswerNode) throws(Failure) -> Grade {
    let at = part.location(ofOffset: 0)
    guard case .mapping(let fields, _) = node else {
      return Grade(learner: learner, part: part.text, points: try number(node), note: nil, location: at)
    }
    var points: Double?
    var note: String?
    for (key, value) in fields {
      switch key.text {
      case "points": points = try number(value)
      case "note": note = value.flattenedText
      default:
        throw Failure(location: key.location(ofOffset: 0), message: Problem.unknownGradeKey(key.text).message)
      }
    }
    guard let points else {
      throw Failure(location: node.location, message: Problem.noPoints.message)
    }
    return Grade(learner: learner, part: part.text, points: points, note: note, location: at)
  }
}
