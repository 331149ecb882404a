import Checks
import Localization

/// The words of every report in one language: labels, headings, verdict names.
///
/// Machine fields (verdict ids in JSON, CSV columns, JUnit types) never go through here; only
/// what a person reads does, so both languages stay side by side in one place.
package struct ReportWords: Sendable {
  package var language: DisplayLanguage

  package init(language: DisplayLanguage) { self.language = language }

  private func pick(_ en: String, _ ko: String) -> String { language == .en ? en : ko }

  /// The verdict as a person reads it (`correct` / `정답`).
  package func verdict(_ v: Verdict) -> String { v.name[language] }

  package var error: String { pick("error", "오류") }
  package var misconception: String { pick("misconception", "오개념") }
  package var counterexample: String { pick("counterexample", "반례") }
  package var at: String { pick("at", "위치") }
  package var replay: String { pick("replay", "재현") }
  package var reference: String { pick("reference", "참고 답") }
  package var part: String { pick("part", "문항") }
  package var score: String { pick("score", "점수") }
  package var feedback: String { pick("feedback", "피드백") }
  package var student: String { pick("student", "학생") }
  package var students: String { pick("Students", "학생") }
  package var correct: String { pick("correct", "정답") }
  package var answered: String { pick("answered", "응답") }
  package var verdicts: String { pick("verdicts", "판정") }
  package var verdictHeading: String { pick("verdict", "판정") }
  package var topMisconception: String { pick("top misconception", "가장 흔한 오개념") }
  package var exampleCounterexample: String { pick("example counterexample", "반례 예") }
  package var classReport: String { pick("softcheck class report", "softcheck 반 채점 보고서") }
  package var classHeading: String { pick("Class", "반 전체") }
  package var scoreDistribution: String { pick("Score distribution", "점수 분포") }
  package var partsHeading: String { pick("Parts", "문항별 결과") }
  package var commonMisconceptions: String { pick("Common misconceptions", "자주 보인 오개념") }
  package var noMisconception: String { pick("No known misconception was recognised.", "알려진 오개념이 발견되지 않았습니다.") }
  package var blockCodingHeading: String { pick("Block coding of a uniform 3-symbol source", "균등한 3-기호 원천의 블록 부호화") }
  package var blockCodingCaption: String {
    pick(
      "Optimal (Huffman) bits per symbol when n symbols are coded together; the dashed line is the entropy log2 3, approached but never reached (exercise uniform3-code).",
      "기호 n개를 묶어 부호화할 때 기호당 최적(허프만) 비트 수입니다. 점선은 엔트로피 log2 3으로, 가까워지기만 하고 도달하지는 않습니다 (문제 uniform3-code).")
  }
  package var footer: String {
    pick(
      "Made by softcheck. Verdicts on sampled inputs are evidence, not proofs; replay tokens reproduce each case.",
      "softcheck로 만들었습니다. 표본 입력에 대한 판정은 증명이 아니라 근거이며, 재현 토큰으로 각 사례를 다시 확인할 수 있습니다.")
  }
  package func studentCount(_ n: Int) -> String { pick("Students: \(n)", "학생 수: \(n)") }
  package func meanScore(_ mean: String, max: String, median: String) -> String {
    pick("Mean score: \(mean) / \(max); median \(median)", "평균 점수: \(mean) / \(max), 중앙값 \(median)")
  }
  package func invalidFiles(_ n: Int) -> String { pick("Files that could not be marked: \(n)", "채점할 수 없었던 파일: \(n)") }
  package func duplicateIDs(_ ids: String) -> String { pick("Ids used by more than one file: \(ids)", "여러 파일이 같이 쓰는 id: \(ids)") }
  package func lineColumn(_ line: Int, _ column: Int) -> String { pick("line \(line), column \(column)", "\(line)행 \(column)열") }
  package var answer: String { pick("answer", "답") }
  package var prompt: String { pick("prompt", "문항") }
  package var byHand: String { pick("by hand", "수동 채점") }
  package var answersHeading: String { pick("What each learner wrote", "학생별로 쓴 답") }
  package var writtenAnswers: String { pick("Written answers", "서술형 답") }
  package var writtenCaption: String {
    pick(
      "What learners wrote for the parts that are read, not machine-graded; points given by hand (report --manual) are shown beside them.",
      "자동 채점하지 않고 읽어 보는 문항에 학생들이 쓴 답입니다. 손으로 준 점수(report --manual)가 있으면 옆에 보입니다.")
  }
  package func answerCount(_ n: Int) -> String { pick("\(n) answer\(n == 1 ? "" : "s")", "답 \(n)개") }
  package var knownMisconceptions: String { pick("misconceptions recognised", "알아보는 오개념") }
  package var legendHeading: String { pick("What each part asks", "문항별 질문과 참고 답") }
  package func legendSummary(_ n: Int) -> String { pick("\(n) parts: prompts and reference answers", "문항 \(n)개: 질문과 참고 답") }
  package func pageNumber(_ k: Int) -> String { pick("page \(k)", "\(k)쪽") }
  package var answersPage: String { pick("answers", "답") }
  package func studentsPage(_ k: Int, of n: Int) -> String { pick("Students, page \(k) of \(n)", "학생 (\(n)쪽 중 \(k)쪽)") }
  package func pagedCaption(_ size: Int) -> String {
    pick(
      "Each learner's answers, verdicts and feedback are on the student pages, \(size) learners a page, so no page grows with the class.",
      "학생별 답, 판정, 피드백은 학생 쪽에 \(size)명씩 나누어 실었습니다. 그래서 반이 커져도 한 쪽이 무거워지지 않습니다.")
  }
  package var invalidFile: String { pick("invalid file", "읽을 수 없는 파일") }
  // Property checks (`softcheck props`).
  package var claim: String { pick("claim", "명제") }
  package var statement: String { pick("statement", "내용") }
  package var cases: String { pick("cases", "사례") }
  package var evaluated: String { pick("evaluated", "평가") }
  package var method: String { pick("method", "방법") }
  package var time: String { pick("time", "시간") }
  package var holds: String { pick("holds", "성립") }
  package var fails: String { pick("FAILS", "실패") }
  package var leftSide: String { pick("left side", "좌변") }
  package var rightSide: String { pick("right side", "우변") }
  package var leftMinusRight: String { pick("left − right", "좌변 − 우변") }
  package func offScale(_ n: Int) -> String { pick("\(n) case\(n == 1 ? "" : "s") off the scale", "사례 \(n)개는 눈금 밖") }
  package var casesSorted: String { pick("cases, sorted", "사례 (정렬)") }
  package var claimsHeading: String { pick("The chapter's claims, checked", "장의 명제 검사") }
  package func claimPicture(_ claim: String) -> String { pick("\(claim) over the sampled cases", "표본 사례에서 본 \(claim)") }
  package var propsCaption: String {
    pick(
      "Each claim of the chapter checked on sampled inputs, exactly or with certified bounds; the picture shows the sampled cases against the line the claim is about.",
      "장의 명제마다 표본 입력에서 정확히, 또는 인증된 구간으로 검사했습니다. 그림은 표본 사례를 명제가 말하는 경계선과 함께 보여 줍니다.")
  }
  package func casesSummary(_ cases: Int, evaluated: Int, method: String) -> String {
    pick("\(cases) cases, \(evaluated) evaluated, \(method)", "사례 \(cases)개, 평가 \(evaluated)개, \(method)")
  }
  package func claimsHold(_ held: Int, of total: Int) -> String {
    pick("\(held) of \(total) claims hold", "명제 \(total)개 중 \(held)개가 성립합니다")
  }
  package func histogramBar(_ lower: String, _ upper: String, _ count: Int) -> String {
    pick("\(lower)–\(upper) points: \(count) students", "\(lower)–\(upper)점: 학생 \(count)명")
  }
  package func verdictsFor(_ part: String) -> String { pick("verdicts for \(part)", "\(part) 판정") }
  package var bitsPerSymbol: String { pick("bits/symbol", "비트/기호") }
  package var blockCodingLabel: String { pick("Optimal bits per symbol against block length", "블록 길이에 따른 기호당 최적 비트 수") }
  package func counterexampleFor(_ name: String) -> String { pick("Counterexample for \(name)", "\(name)의 반례") }
}
