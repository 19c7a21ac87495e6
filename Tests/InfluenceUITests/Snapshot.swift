import Foundation
import Testing
@testable import InfluenceUI
import InfluenceText

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

/// A frame as snapshot text: its rows as text, then the same rows as one letter per cell naming the
/// cell's style role (see `roleLetters`), so a snapshot pins how the screen looks as well as what it says.
func styledSnapshot(_ buffer: CellBuffer) -> String {
    var roles: [String] = []
    for y in 0..<buffer.height {
        var row = ""
        for x in 0..<buffer.width { row.append(roleLetters[buffer[x, y].role] ?? "?") }
        while row.last == "." { row.removeLast() }
        roles.append(row)
    }
    return buffer.text + "\n--- style roles, a letter per cell (roleLetters in Snapshot.swift) ---\n" + roles.joined(separator: "\n")
}

/// One letter per style role, for `styledSnapshot`: . normal, d dim, T title, H heading, A accent,
/// S selection, m marker, q quote, a attribution, C condition, c currentStage, f figure, b border,
/// B focusBorder, r breadcrumb, s status, k statusKey, E error, M match, X currentMatch, g background,
/// 1–5 caseMark1–caseMark5.
let roleLetters: [StyleRole: Character] = [
    .normal: ".", .dim: "d", .title: "T", .heading: "H", .accent: "A", .selection: "S", .marker: "m",
    .quote: "q", .attribution: "a", .condition: "C", .currentStage: "c", .figure: "f", .border: "b",
    .focusBorder: "B", .breadcrumb: "r", .status: "s", .statusKey: "k", .error: "E", .match: "M", .currentMatch: "X",
    .background: "g", .caseMark1: "1", .caseMark2: "2", .caseMark3: "3", .caseMark4: "4", .caseMark5: "5",
]
