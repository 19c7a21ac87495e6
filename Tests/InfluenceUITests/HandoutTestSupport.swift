import InfluenceContent
import InfluenceExport

/// Text a hostile content file could hold: markup, entities, quotes, Markdown, a note marker that
/// is not one, control characters (ESC, BEL, NUL, DEL, a C1), a bidi override and a zero-width space.
let hostileText = "<script>alert(1)</script> & &amp; \"double\" 'single' *stars* _under_ [^fn1] [link](http://x) `tick` $5 | # \u{1B}[31m\u{7}\u{0}\u{7F}\u{85} \u{202E}rtl\u{200B} end"

/// The shipped content with `hostileText` as the first case's gist, its first quotation, and a
/// sentence before its first summary (in memory, so the loader's sanitizing is bypassed: the
/// documents must be safe on their own).
func hostileContent() -> Content {
    var content = shippedContent
    content.cases[0].gist = hostileText
    content.cases[0].stages[0].parts[0].quotations[0].text = hostileText
    content.cases[0].stages[0].parts[0].summary = hostileText + " " + content.cases[0].stages[0].parts[0].summary
    return content
}

/// The notes a case's footnotes hold, in order of first reference: stage by stage, part by part,
/// the summary's markers, then the quotations' notes, then the figures'.
func expectedFootnotes(_ c: Case, _ content: Content, stage: String? = nil) -> [Note] {
    var seen: [String] = []
    var notes: [Note] = []
    for caseStage in c.stages where stage == nil || caseStage.stage == stage {
        for part in caseStage.parts {
            for note in content.notes(for: part) where !seen.contains(note.id) {
                seen.append(note.id)
                notes.append(note)
            }
        }
    }
    return notes
}

/// "1. The US move", "4. Institutionalization (a condition)": a stage's heading in a handout.
func stageHeading(_ stage: Stage) -> String {
    "\(stage.number). \(stage.title)" + (stage.isCondition ? " (a condition)" : "")
}
