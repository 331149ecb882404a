import ArgumentParser
import Catalogue
import Checks
import Foundation
import Localization
import Reports

struct Props: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check the chapter's own claims on sampled inputs, exactly or with certified bounds.",
    discussion: "Exit status 0 when every claim holds on every case, 1 when one fails.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, md }

  @Argument(help: "Exercise ids (all when none is given).")
  var ids: [String] = []

  @Option(help: "Sampled cases per claim (1 to 10000).")
  var cases: Int = 64

  @Option(help: "Seed for the sampled inputs.")
  var seed: UInt64 = 1

  @Option(help: "Output format.")
  var format: Format = .text

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var lang: LanguageOption

  func validate() throws {
    guard (1...10_000).contains(cases) else { throw ValidationError(lang.language == .ko ? "--cases 는 1 부터 10000 까지입니다" : "--cases must be from 1 to 10000") }
  }

  func run() throws {
    let language = lang.language
    let exercises = try catalogue.exercises(ids, language: language)
    var results: [ClaimResult] = []
    let clock = ContinuousClock()
    for e in exercises {
      for claim in e.claims {
        let context = CheckContext(seed: seed, key: "\(e.id)/\(claim.id)")
        var report: PropertyCheck.Report?
        let elapsed = clock.measure { report = claim.check.run(cases: cases, context: context) }
        guard let report else { continue }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        results.append(ClaimResult(exercise: e.id, claim: claim, report: report, seconds: seconds))
      }
    }
    switch format {
    case .text: print(PropertyReport.text(results, language: language))
    case .json: print(try PropertyReport.json(results))
    case .md: print(PropertyReport.markdown(results, language: language))
    }
    if results.contains(where: { !$0.holds }) { throw ExitCode(1) }
  }
}
