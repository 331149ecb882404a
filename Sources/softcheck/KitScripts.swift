/// The two scripts of the Gradescope kit (`softcheck gradescope-kit`), as Gradescope's
/// autograder specification wants them: `setup.sh` runs once when the image is built,
/// `run_autograder` once per submission.
enum KitScripts {
  static let setup = """
    #!/usr/bin/env bash
    # Written by `softcheck gradescope-kit`. Gradescope runs this once, as root, when it builds the
    # autograder image (Ubuntu 22.04 or later): softcheck needs only the GMP and MPFR runtime
    # libraries; the Swift standard library is linked into the binary.
    set -euo pipefail
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libgmp10 libmpfr6 libstdc++6
    chmod +x /autograder/source/softcheck /autograder/source/run_autograder

    """

  /// `run_autograder`; `options` are passed to `softcheck autograde` (`--lang ko`, `--exercises …`).
  static func runAutograder(options: String) -> String {
    """
    #!/usr/bin/env bash
    # Written by `softcheck gradescope-kit`. Gradescope runs this for every submission. It marks
    # the .yaml answer file in submission/ against assignment.yaml and always leaves a
    # results/results.json, even when softcheck itself cannot run.
    root="${AUTOGRADER_ROOT:-/autograder}"
    source="$root/source"
    out="$root/results/results.json"
    mkdir -p "$root/results"
    rm -f "$out"
    status=0
    "$source/softcheck" autograde --assignment "$source/assignment.yaml" --submission "$root/submission" --out "$out"\(options) || status=$?
    if [ ! -s "$out" ]; then
      printf '{"score": 0, "output": "The autograder could not run (softcheck exit status %s), so your submission was not marked. Please tell your instructor.", "tests": []}\\n' "$status" > "$out"
    fi
    exit 0

    """
  }
}
