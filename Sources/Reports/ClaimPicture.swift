import Checks
import Foundation
import Sampling

/// A small picture of a claim over its sampled cases, as inline SVG, chosen by the claim's family:
///
/// - an identity (`=`): the left side against the right, on the line y = x;
/// - an inequality with a temperature `lambda`, or with one number among its inputs: the gap
///   left − right against it (RealSoftMax − max against λ), with the line gap = 0;
/// - an inequality between two distributions: the gap against their distance ½‖p − q‖₁
///   (D(p‖q) against how far apart p and q are);
/// - an inequality with two numbers `a`, `b`: the gap against a − b;
/// - any other inequality: the left side against the right with y = x (Huffman's L against
///   H + 1), or, when the right side is a constant, the left side over the cases, sorted.
struct ClaimPicture {
  var points: [(x: Double, y: Double)]
  var xLabel: String
  var yLabel: String
  /// The boundary the claim is about: y = x, or y = 0.
  var diagonal: Bool
  /// "3 cases off the scale", in the report's language.
  var offScale: (Int) -> String

  /// Most points drawn: a picture, not a data dump.
  static let maxPoints = 400

  init?(_ r: ClaimResult, _ words: ReportWords) {
    let cases = r.points.filter { $0.left.isFinite && $0.right.isFinite }
    guard cases.count >= 2, let relation = r.relation else { return nil }
    let scalars = r.variables.filter { [.real, .positive, .probability, .count].contains($0.domain) }.map(\.name)
    let distributions = r.variables.filter { [.simplex, .openSimplex].contains($0.domain) }.map(\.name)
    let gap = { (c: PropertyCheck.CasePoint) in c.left - c.right }
    yLabel = words.leftMinusRight
    diagonal = false
    offScale = words.offScale
    if relation.op == .equal {
      (points, xLabel, yLabel, diagonal) = (cases.map { ($0.right, $0.left) }, words.rightSide, words.leftSide, true)
    } else if let t = scalars.first(where: { $0 == "lambda" }) ?? (scalars.count == 1 ? scalars.first : nil) {
      (points, xLabel) = (cases.map { ($0.inputs[t]?.first ?? .nan, gap($0)) }, MathML.greek[t] ?? t)
    } else if distributions.count == 2, scalars.isEmpty {
      let (p, q) = (distributions[0], distributions[1])
      points = cases.map { c in (zip(c.inputs[p] ?? [], c.inputs[q] ?? []).reduce(0) { $0 + abs($1.0 - $1.1) } / 2, gap(c)) }
      xLabel = "½‖\(p) − \(q)‖₁"
    } else if scalars.count == 2, r.variables.count == 2 {
      let (a, b) = (scalars[0], scalars[1])
      (points, xLabel) = (cases.map { (($0.inputs[a]?.first ?? .nan) - ($0.inputs[b]?.first ?? .nan), gap($0)) }, "\(a) − \(b)")
    } else if Set(cases.map(\.right)).count > 1 {
      (points, xLabel, yLabel, diagonal) = (cases.map { ($0.right, $0.left) }, words.rightSide, words.leftSide, true)
    } else {
      (points, xLabel) = (cases.map(gap).sorted().enumerated().map { (Double($0.offset), $0.element) }, words.casesSorted)
    }
    points = points.filter { $0.x.isFinite && $0.y.isFinite }
    if points.count > Self.maxPoints {
      let step = Double(points.count) / Double(Self.maxPoints)
      points = (0..<Self.maxPoints).map { points[Int(Double($0) * step)] }
    }
    guard points.count >= 2 else { return nil }
  }
}
