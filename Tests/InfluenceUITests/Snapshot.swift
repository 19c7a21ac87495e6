import Foundation
import Testing

/// Compares text with a file under Snapshots/; `RECORD_SNAPSHOTS=1 swift test` writes the files anew.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        if !record {
            Issue.record("no snapshot \(name) yet; recorded it, check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    if expected != text + "\n" {
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        var firstDifference = "line counts differ: \(got.count) vs \(want.count)"
        for i in 0..<min(got.count, want.count) where got[i] != want[i] {
            firstDifference = "line \(i + 1):\n  expected: \(want[i])\n  actual:   \(got[i])"
            break
        }
        Issue.record("snapshot \(name) differs, \(firstDifference)\n--- actual ---\n\(text)", sourceLocation: sourceLocation)
    }
}
