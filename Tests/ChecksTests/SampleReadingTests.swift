import Exact
import Language
import Sampling
import Testing

/// The sampler's texts are read back by a byte-level reader (on every check's hot path): every
/// value must be what the answer grammar's parser and evaluator make of the same text.
@Suite("samples read back")
struct SampleReadingTests {
  static let domains: [Domain] = [.real, .positive, .probability, .simplex, .openSimplex, .realVector, .logits, .count]

  @Test("every domain's samples, structural and random, read as the parser reads them", arguments: domains)
  func readAsParsed(_ domain: Domain) throws {
    let variables = [
      Variable(name: "x", domain: domain), Variable(name: "y", domain: domain), Variable(name: "n", domain: .dimension),
    ]
    for seed in UInt64(1)...6 {
      let sampler = Sampler(variables: variables, dimensions: 2...6, seed: seed, key: "reading/\(domain)")
      for i in 0..<40 {
        let s = sampler.sample(i)
        let parsed = try Sample.written(s.texts, index: i)
        for name in ["x", "y", "n"] {
          let (fast, slow) = (try #require(s.values[name]), try #require(parsed.values[name]))
          #expect(fast.entries.count == slow.entries.count, "\(name) = \(s.texts[name] ?? "")")
          for (a, b) in zip(fast.entries, slow.entries) {
            #expect(try RealValue.compare(a, b).order == 0, "\(name) = \(s.texts[name] ?? "")")
            #expect(a.isExact && b.isExact)
          }
        }
      }
    }
  }

  @Test("texts the reader does not know go to the parser")
  func fallback() throws {
    let s = try Sample.generated(["x": "[1/2, exp(0)]", "y": "2^3"], index: 0)
    #expect(try RealValue.compare(try #require(s.values["y"]).entries[0], .rational(Rational(8))).order == 0)
    #expect(try #require(s.values["x"]).entries.count == 2)
  }
}
