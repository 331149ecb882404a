import ArgumentParser
import Catalogue
import Checks
import Foundation
import Localization
import Reports
import Sampling

struct Props: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "props",
    abstract: helpText(
      "Check the chapter's own claims on sampled inputs, exactly or with certified bounds.",
      "장에 나오는 주장들을 표본 입력에서 정확히, 또는 인증된 구간으로 검사합니다."),
    discussion: helpText(
      "Exit status 0 when every claim holds on every case, 1 when one fails.",
      "종료 상태: 모든 주장이 모든 사례에서 성립하면 0, 하나라도 성립하지 않으면 1입니다."))

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, md, html }

  @Argument(help: argumentHelp("Exercise ids (all when none is given).", "문제 id (하나도 주지 않으면 모두)."))
  var ids: [String] = []

  @Option(help: argumentHelp("Sampled cases per claim (1 to 10000).", "주장마다 검사할 표본 사례 수 (1부터 10000까지)."))
  var cases: Int = 64

  @Option(help: argumentHelp("Seed for the sampled inputs.", "표본 입력의 시드."))
  var seed: UInt64 = 1

  @Option(help: argumentHelp("Output format.", "출력 형식."))
  var format: Format = .text

  @Option(
    help: argumentHelp(
      "Write the report to this file (atomically) instead of standard output.",
      "표준 출력 대신 이 파일에 씁니다 (원자적으로).", valueName: "file"))
  var out: String?

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var lang: LanguageOption

  func validate() throws {
    guard (1...10_000).contains(cases) else {
      throw ValidationError(lang.language == .ko ? "--cases는 1부터 10000 까지입니다" : "--cases must be from 1 to 10000")
    }
  }

  func run() throws {
    let language = lang.language
    let exercises = try catalogue.exercises(ids, language: language)
    var results: [ClaimResult] = []
    let clock = ContinuousClock()
    for e in exercises {
      let claims: [Claim]
      do { claims = try e.claims } catch { throw catalogue.failure(error, language: language) }
      for claim in claims {
        let context = CheckContext(seed: seed, key: "\(e.id)/\(claim.id)")
        var report: PropertyCheck.Report?
        let elapsed = clock.measure { report = claim.check.run(cases: cases, context: context) }
        guard let report else { continue }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        results.append(ClaimResult(exercise: e.id, claim: claim, report: report, seconds: seconds))
      }
    }
    let text: String
    switch format {
    case .text: text = PropertyReport.text(results, language: language, width: TerminalWidth.columns)
    case .json: text = try PropertyReport.json(results)
    case .md: text = PropertyReport.markdown(results, language: language)
    case .html: text = PropertyHTML.render(results, language: language)
    }
    if let out {
      do { try AtomicFile.write(text + "\n", to: out) } catch let failure as AtomicFile.Failure {
        throw ValidationError(failure.message[language])
      }
    } else {
      print(text)
    }
    if results.contains(where: { !$0.holds }) { throw ExitCode(1) }
  }
}
