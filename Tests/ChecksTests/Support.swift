import AnswerDocument
import Checks
import Exact
import Language
import Sampling

/// An answer as a one-line scalar at line 1, column 1.
func scalar(_ text: String) -> AnswerNode {
  .scalar(.init(text: text, lineStarts: [SourceLocation(line: 1, column: 1)]))
}

/// A block scalar whose lines start at line 2, column 7 (as under `proof: |`).
func block(_ lines: [String]) -> AnswerNode {
  .scalar(.init(text: lines.joined(separator: "\n"), lineStarts: lines.indices.map { SourceLocation(line: 2 + $0, column: 7) }))
}

func expr(_ text: String) throws -> Expression { try Parser.expression(text) }
func relation(_ text: String) throws -> Relation { try Parser.relation(text) }

let context = CheckContext(seed: 1, key: "test/part")

func formula(_ variables: [Variable], _ reference: String, misconceptions: [Misconception] = []) throws -> FormulaCheck {
  FormulaCheck(
    variables: variables, reference: try expr(reference), referenceText: reference, samples: 32,
    misconceptions: misconceptions)
}

let ab = [Variable(name: "a", domain: .real), Variable(name: "b", domain: .real)]
