import Foundation

extension ClaimPicture {
  /// The picture as one `<svg>` element: dots, the boundary line, axes with their ranges.
  func svg(label: String) -> String {
    let (w, h, left, bottom, top, right) = (420.0, 250.0, 68.0, 34.0, 22.0, 12.0)
    // A few extreme cases (a − b = 800) would squash the rest into one column: the scale spans
    // the middle 96% of the cases, and the picture says how many fall outside it.
    var (x0, x1) = Self.range(Self.middle(points.map(\.x)))
    let inX = points.filter { $0.x >= x0 && $0.x <= x1 }
    var (y0, y1) = Self.range(Self.middle(inX.map(\.y)) + (diagonal ? [] : [0]))
    if diagonal { (x0, x1, y0, y1) = (min(x0, y0), max(x1, y1), min(x0, y0), max(x1, y1)) }
    func px(_ x: Double) -> Double { left + (x - x0) / (x1 - x0) * (w - left - right) }
    func py(_ y: Double) -> Double { h - bottom - (y - y0) / (y1 - y0) * (h - bottom - top) }
    let f = SVGChart.fmt
    var out = "<svg viewBox=\"0 0 \(Int(w)) \(Int(h))\" width=\"100%\" role=\"img\" aria-label=\"\(MathML.escape(label))\">"
    out += "<line x1=\"\(f(left))\" y1=\"\(f(h - bottom))\" x2=\"\(f(w - right))\" y2=\"\(f(h - bottom))\" class=\"axis\"/>"
    out += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(h - bottom))\" class=\"axis\"/>"
    if diagonal {
      out += "<line x1=\"\(f(px(x0)))\" y1=\"\(f(py(x0)))\" x2=\"\(f(px(x1)))\" y2=\"\(f(py(x1)))\" class=\"diag\"/>"
    } else {
      out += "<line x1=\"\(f(left))\" y1=\"\(f(py(0)))\" x2=\"\(f(w - right))\" y2=\"\(f(py(0)))\" class=\"diag\"/>"
    }
    let shown = inX.filter { $0.y >= y0 && $0.y <= y1 }
    for p in shown {
      out += "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"2.5\" class=\"dot\"/>"
    }
    out += text(Self.tick(x0), px(x0), h - bottom + 14, "start") + text(Self.tick(x1), px(x1), h - bottom + 14, "end")
    out += text(xLabel, (left + w - right) / 2, h - 4, "middle")
    out += text(Self.tick(y0), left - 4, py(y0), "end") + text(Self.tick(y1), left - 4, py(y1) + 8, "end")
    out += text(yLabel, left, top - 8, "start")
    if shown.count < points.count { out += text(offScale(points.count - shown.count), w - right, top - 8, "end") }
    return out + "</svg>"
  }

  private func text(_ s: String, _ x: Double, _ y: Double, _ anchor: String) -> String {
    "<text x=\"\(SVGChart.fmt(x))\" y=\"\(SVGChart.fmt(y))\" text-anchor=\"\(anchor)\" class=\"lbl\">\(MathML.escape(s))</text>"
  }

  /// The values from the 2nd to the 98th percentile (all of them when there are few).
  static func middle(_ values: [Double]) -> [Double] {
    let sorted = values.sorted()
    guard sorted.count >= 20 else { return sorted }
    let cut = max(1, Int(Double(sorted.count) * 0.02))
    return Array(sorted[cut..<(sorted.count - cut)])
  }

  /// The values' range, widened a little, and never empty.
  static func range(_ values: [Double]) -> (Double, Double) {
    guard var lo = values.min(), var hi = values.max() else { return (0, 1) }
    if hi - lo < 1e-12 { (lo, hi) = (lo - 1, hi + 1) }
    let pad = (hi - lo) * 0.05
    return (lo - pad, hi + pad)
  }

  static func tick(_ x: Double) -> String { String(format: "%.3g", x) }
}
