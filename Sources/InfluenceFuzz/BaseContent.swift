import InfluenceContent

/// A small content folder that passes every rule, and uses every kind of value the loader reads
/// (two rounds, quotations with citations, figures, notes with footnotes, events, glossary terms):
/// the fuzz input replaces one of its files, so the other files are valid and the cross-file
/// checks are reached. Kept small so that each fuzz run is fast.
enum BaseContent {
    /// Each file's name in a content folder and its text.
    static let files: [(name: String, text: String)] = [
        ("article.yaml", article),
        ("stages.yaml", stages),
        ("sources.yaml", sources),
        ("glossary.yaml", glossary),
        ("cases/1-alpha.yaml", alphaCase),
    ]

    static var stages: String {
        var text = "stages:\n"
        for (i, id) in stageIDs.enumerated() {
            text += """
              - id: \(id)
                number: \(i + 1)
                title: Stage \(i + 1)
                short_title: S\(i + 1)
                question: What happened at stage \(i + 1)?
                condition: \(i >= 3 && i <= 5)
                description: The meaning of stage \(i + 1).\(i == 0 ? "[^fn38]" : "")

            """
        }
        return text
    }

    /// The seven stage ids, in order.
    static let stageIDs = Stage.requiredIDs

    /// Footnotes 1–37 are placed in the article, 38 in the case (and referred to from stages.yaml).
    static var article: String {
        let markers = (1...36).map { "[^fn\($0)]" }.joined()
        let notes = (1...37).map { "  - id: fn\($0)\n    footnote: \($0)\n    context: Placed at claim \($0).\n" }.joined()
        return """
        title: "A title: with a colon"
        publication: A journal, volume 1
        credit: >
          Authors unknown. A folded
          paragraph.
        question: Why?
        paradox:
          title: The paradox
          text: |
            Text of the paradox.\(markers)

            A second paragraph.
          quotations:
            - text: some words
              by: Someone
              role: A role
              when: "1969"
              cites:
                - source: smith-1999
                  pages: "12"
                - source: jones-2001
                  cited_in: true
              notes: [fn37]
        rivals_summary: Rivals fail.
        rivals:
          - id: realism
            name: Realism
            claim: Power wins.
            failure: It does not.
        influence:
          title: Influence
          text: Influence text.
        cycle:
          title: The cycle
          text: Cycle text.
        conclusion:
          title: Conclusion
          text: Conclusion text.
        notes:
        \(notes)
        """
    }

    static var alphaCase: String {
        var stages = ""
        for id in stageIDs {
            stages += """
              - stage: \(id)
                grid: Grid for \(id)
                rounds:
                  - round: first
                    summary: What happened at \(id) the first time.\(id == "turn" ? "[^alpha-note]" : "")
                    quotations:
                      - text: "“Quoted” words — verbatim"
                        by: An official
                        role: A role
                        when: "1970"
                        cites:
                          - source: smith-1999
                            pages: "3-4"
                    figures:
                      - value: 1_500_000
                        display: $1.5 million
                        unit: US dollars
                        year: 1970
                        measures: Aid for \(id)
                        cites:
                          - source: jones-2001
                  - round: second
                    summary: >
                      What happened at \(id) the second time.

            """
        }
        return """
        # A comment, as teachers write them.
        id: alpha
        number: 1
        title: "The alpha case: Mérida"
        short_title: Alpha
        years: 1969–1970
        gist: A gist with accents (é, ñ) and a wide character 中.
        actors:
          - name: A person
            role: A role
            side: us
          - name: Another
            role: A role
            side: mexico
        rounds:
          - id: first
            title: "Round 1"
            years: "1969"
          - id: second
            title: "Round 2"
            years: "1970"
        stages:
        \(stages)questions:
          - Why did it end?
        events:
          - date: 1969-09
            text: Something happened.[^alpha-note]
            notes: [fn38]
          - date: "1970"
            text: Something else.
        notes:
          - id: alpha-note
            context: Our own note.
            cites:
              - source: smith-1999
                pages: "7"
          - id: fn38
            footnote: 38
            context: Placed at the end.

        """
    }

    static let sources = """
    sources:
      - id: smith-1999
        author: Smith
        year: "1999"
      - id: jones-2001
        author: Jones and Brown
        year: "2001"
        note: A note about the source.

    """

    static let glossary = """
    terms:
      - id: dea
        term: DEA
        expansion: Drug Enforcement Administration
        definition: A US agency.[^fn1]
      - id: pgr
        term: PGR
        definition: Mexico's Attorney General's office.

    """
}
