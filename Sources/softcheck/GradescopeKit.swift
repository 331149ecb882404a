import ArgumentParser
import Catalogue
import Foundation
import Localization
import Reports

/// `softcheck gradescope-kit`: writes the folder to zip and upload as a Gradescope autograder.
struct GradescopeKit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gradescope-kit",
    abstract: helpText(
      "Write a Gradescope autograder for an assignment: setup.sh, run_autograder, a softcheck binary and the assignment.",
      "과제용 Gradescope 자동 채점기를 씁니다: setup.sh, run_autograder, softcheck 실행 파일, 과제 파일."),
    discussion: helpText(
      "Zip the folder's contents and upload them as the autograder. The binary must run without a Swift toolchain: build it on Linux with `swift build -c release` (static since this version; `--static-swift-stdlib` also works) and pass --binary .build/release/softcheck (the default copies the running softcheck).",
      "폴더의 내용을 zip으로 묶어 자동 채점기로 올리세요. 실행 파일은 Swift 툴체인 없이 돌아가야 합니다: Linux에서 `swift build -c release`로 빌드하고 (이번 버전부터 정적 링크이며 `--static-swift-stdlib`도 됩니다) --binary .build/release/softcheck를 주세요 (주지 않으면 지금 실행 중인 softcheck를 복사합니다)."
    ))

  @Option(
    help: argumentHelp(
      "The folder to write (created; files of the kit in it are replaced).", "쓸 폴더 (없으면 만들고, 키트의 파일은 덮어씁니다).", valueName: "dir"))
  var out: String

  @Option(
    help: argumentHelp(
      "The softcheck executable to pack (default: this one).", "넣을 softcheck 실행 파일 (기본값: 지금 실행 중인 것).", valueName: "file"))
  var binary: String?

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var assignment: AssignmentOption
  @OptionGroup var lang: LanguageOption

  func run() throws {
    let language = lang.language
    let a = try assignment.required(try catalogue.load(language: language), language: language)
    let path = a.file
    let fm = FileManager.default
    let executable = binary ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    do {
      try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
      try replace(out + "/softcheck", with: executable)
      try replace(out + "/assignment.yaml", with: path)
      var options = language == .ko ? " --lang ko" : ""
      // The shipped exercises always travel with the binary; your own folder is added to them.
      if let resources = Catalogue.shippedResources {
        try replace(out + "/" + (resources as NSString).lastPathComponent, with: resources)
      }
      if let directory = catalogue.directory {
        try replace(out + "/exercises", with: directory)
        options += " --exercises \"$source/exercises\""
      }
      try Data(KitScripts.setup.utf8).write(to: URL(fileURLWithPath: out + "/setup.sh"))
      try Data(KitScripts.runAutograder(options: options).utf8).write(to: URL(fileURLWithPath: out + "/run_autograder"))
      for file in ["softcheck", "setup.sh", "run_autograder"] {
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: out + "/" + file)
      }
    } catch {
      throw ValidationError((language == .ko ? "키트를 쓸 수 없습니다: " : "cannot write the kit: ") + error.localizedDescription)
    }
    if linksSwiftRuntime(executable) {
      printError(
        language == .ko
          ? "softcheck: 경고: 이 실행 파일(\(executable))은 Swift 런타임을 동적으로 링크하므로 Gradescope에서는 돌지 않습니다. Linux에서 `swift build -c release`로 빌드한 뒤 --binary로 주세요"
          : "softcheck: warning: \(executable) links the Swift runtime dynamically and will not run on Gradescope; build with `swift build -c release` on Linux and pass it with --binary"
      )
    }
    printError(
      language == .ko
        ? "softcheck: \(out)에 과제 '\(a.id)'의 자동 채점기를 썼습니다 (만점 \(TextReport.points(a.total))점). 올리기: cd \(out) && zip -r ../autograder.zip ."
        : "softcheck: wrote the autograder of '\(a.id)' to \(out) (\(TextReport.points(a.total)) points). To upload: cd \(out) && zip -r ../autograder.zip ."
    )
  }

  /// Copies `source` (a file or folder) to `target`, replacing what is there.
  private func replace(_ target: String, with source: String) throws {
    let fm = FileManager.default
    if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
    try fm.copyItem(atPath: source, toPath: target)
  }

  /// Whether the executable names the shared Swift runtime among its libraries.
  private func linksSwiftRuntime(_ path: String) -> Bool {
    guard let data = FileManager.default.contents(atPath: path) else { return false }
    return data.range(of: Data("libswiftCore.so".utf8)) != nil
  }
}
