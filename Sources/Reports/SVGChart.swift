import Checks
import Exact
import Foundation
import Plot

/// Small inline SVG charts for the HTML report: no scripts, no external resources, and every
/// label passed through Plot, which escapes it.
enum SVGChart {
  typealias Body = Node<HTML.BodyContext>

  static func svg(width: Int, height: Int, label: String, _ nodes: [Body]) -> Body {
    .element(
      named: "svg",
      nodes: [
        .attribute(named: "viewBox", value: "0 0 \(width) \(height)"),
        .attribute(named: "width", value: "100%"),
        .attribute(named: "role", value: "img"),
        .attribute(named: "aria-label", value: label),
      ] + nodes)
  }

  static func rect(x: Double, y: Double, width: Double, height: Double, cls: String, title: String? = nil) -> Body {
    var nodes: [Body] = [
      .attribute(named: "x", value: fmt(x)), .attribute(named: "y", value: fmt(y)),
      .attribute(named: "width", value: fmt(max(0, width))), .attribute(named: "height", value: fmt(max(0, height))),
      .attribute(named: "class", value: cls),
    ]
    if let title { nodes.append(.element(named: "title", text: title)) }
    return .element(named: "rect", nodes: nodes)
  }

  static func text(_ s: String, x: Double, y: Double, anchor: String = "start", cls: String = "lbl") -> Body {
    .element(
      named: "text",
      nodes: [
        .attribute(named: "x", value: fmt(x)), .attribute(named: "y", value: fmt(y)),
        .attribute(named: "text-anchor", value: anchor), .attribute(named: "class", value: cls), .text(s),
      ])
  }

  static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cls: String) -> Body {
    .element(
      named: "line",
      nodes: [
        .attribute(named: "x1", value: fmt(x1)), .attribute(named: "y1", value: fmt(y1)),
        .attribute(named: "x2", value: fmt(x2)), .attribute(named: "y2", value: fmt(y2)),
        .attribute(named: "class", value: cls),
      ])
  }

  static func fmt(_ x: Double) -> String {
    let r = (x * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }

  /// The score distribution as a histogram.
  static func histogram(_ summary: ClassSummary, _ words: ReportWords) -> Body {
    let buckets = summary.histogram()
    let (w, h, left, bottom) = (600.0, 220.0, 40.0, 30.0)
    let top = Double(buckets.map(\.count).max() ?? 1)
    let barWidth = (w - left - 10) / Double(buckets.count)
    var nodes: [Body] = [line(left, h - bottom, w - 10, h - bottom, cls: "axis")]
    for (k, b) in buckets.enumerated() {
      let bh = top > 0 ? (h - bottom - 20) * Double(b.count) / top : 0
      let x = left + Double(k) * barWidth
      nodes.append(
        rect(
          x: x + 2, y: h - bottom - bh, width: barWidth - 4, height: bh, cls: "bar",
          title: words.histogramBar(fmt(b.lower), fmt(b.upper), b.count)))
      if b.count > 0 { nodes.append(text(String(b.count), x: x + barWidth / 2, y: h - bottom - bh - 4, anchor: "middle")) }
      nodes.append(text(fmt(b.lower), x: x, y: h - bottom + 16, anchor: "middle"))
    }
    nodes.append(text(fmt(summary.maxScore), x: w - 10, y: h - bottom + 16, anchor: "middle"))
    return svg(width: Int(w), height: Int(h), label: words.scoreDistribution, nodes)
  }

  /// One part's verdicts as a stacked horizontal bar.
  static func stackedBar(_ p: ClassSummary.PartSummary, _ words: ReportWords) -> Body {
    let total = Double(max(1, p.total))
    var x = 0.0
    var nodes: [Body] = []
    for v in Verdict.allCases {
      let n = p.count(v)
      guard n > 0 else { continue }
      let width = 300 * Double(n) / total
      nodes.append(rect(x: x, y: 0, width: width, height: 18, cls: "v-\(v.rawValue)", title: "\(words.verdict(v)): \(n)"))
      x += width
    }
    return svg(width: 300, height: 18, label: words.verdictsFor(p.key), nodes)
  }

  /// Optimal bits per symbol for blocks of n symbols of the uniform 3-symbol source, with the
  /// entropy log2 3 as the asymptote: the picture behind `uniform3-code`.
  static func blockCoding(maxN: Int = 16, _ words: ReportWords) -> Body {
    let values: [(Int, Double)] = (1...maxN).compactMap { n in
      (try? Huffman.uniformBlockLength(symbols: 3, block: n)).map { (n, $0.doubleValue / Double(n)) }
    }
    let entropy = 1.584962500721156
    let (w, h, left, bottom) = (600.0, 260.0, 50.0, 30.0)
    let (lo, hi) = (1.58, 1.68)
    func y(_ v: Double) -> Double { (h - bottom) - (v - lo) / (hi - lo) * (h - bottom - 10) }
    func x(_ n: Int) -> Double { left + Double(n - 1) / Double(maxN - 1) * (w - left - 20) }
    var nodes: [Body] = [
      line(left, h - bottom, w - 20, h - bottom, cls: "axis"), line(left, 10, left, h - bottom, cls: "axis"),
      line(left, y(entropy), w - 20, y(entropy), cls: "asymptote"),
      text("log2 3 ≈ 1.58496", x: w - 20, y: y(entropy) + 14, anchor: "end"),
    ]
    for t in stride(from: lo, through: hi + 0.0001, by: 0.02) {
      nodes.append(text(String(format: "%.2f", t), x: left - 6, y: y(t) + 4, anchor: "end"))
    }
    for (k, (n, v)) in values.enumerated() {
      nodes.append(
        .element(
          named: "circle",
          nodes: [
            .attribute(named: "cx", value: fmt(x(n))), .attribute(named: "cy", value: fmt(y(v))),
            .attribute(named: "r", value: "4"), .attribute(named: "class", value: "dot"),
            .element(named: "title", text: "n = \(n): \(String(format: "%.6f", v)) \(words.bitsPerSymbol)"),
          ]))
      if k > 0 {
        let (pn, pv) = values[k - 1]
        nodes.append(line(x(pn), y(pv), x(n), y(v), cls: "curve"))
      }
      nodes.append(text(String(n), x: x(n), y: h - bottom + 16, anchor: "middle"))
    }
    return svg(width: Int(w), height: Int(h), label: words.blockCodingLabel, nodes)
  }
}
