import Catalogue
import Localization

/// Without an assignment, a class is marked out of the exercises the whole class answered:
/// each file's left-out exercises count as unanswered, so everyone has the same maximum and a
/// class mean compares like with like.
package enum ClassTotals {
  /// The results with every exercise any file answered (ids the catalogue knows), and those ids.
  package static func common(_ results: [FileResult], marker: Marker) -> (results: [FileResult], exercises: [String]) {
    var ids: [String] = []
    for r in results {
      for e in r.exercises where !ids.contains(e.id) && marker.catalogue.exercise(e.id) != nil { ids.append(e.id) }
    }
    ids.sort()
    let blank = Dictionary(
      uniqueKeysWithValues: ids.compactMap { id in marker.catalogue.exercise(id).map { (id, marker.mark($0, answers: [])) } })
    let total = blank.values.reduce(0) { $0 + $1.max }
    let filled = results.map { r -> FileResult in
      var r = r
      let present = Set(r.exercises.map(\.id))
      r.exercises += ids.filter { !present.contains($0) }.compactMap { blank[$0] }
      r.max = total
      return r
    }
    return (filled, ids)
  }

  /// What a report says about its maximum when there is no assignment.
  package static func basis(_ exercises: [String], total: Double) -> LocalizedText {
    let list = exercises.joined(separator: ", ")
    let points = total == total.rounded() ? String(Int(total)) : String(total)
    return LocalizedText(
      en:
        "No assignment given: every file is marked out of the \(exercises.count) exercises the class answered (\(list)), \(points) points; an exercise a file leaves out counts as unanswered. Use --assignment for a fixed list.",
      ko:
        "과제를 주지 않았으므로 모든 파일을 반 전체가 답한 문제 \(exercises.count)개 (\(list)), \(points)점 만점으로 채점합니다. 파일에 없는 문제는 답하지 않은 것으로 셉니다. 정해진 목록으로 채점하려면 --assignment를 쓰세요."
    )
  }
}
