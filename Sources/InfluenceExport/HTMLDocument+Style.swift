extension HTMLDocument {
    /// The page's CSS: a readable serif at 11pt on screen and paper; for print, margins, a page
    /// break before each part (the argument, each case, the glossary) but the first, and no break
    /// inside a quotation, a list of figures, the grid line, the questions or a footnote. It holds no `<` or `&`,
    /// so it is well-formed XML as it stands.
    static let style = """
    :root { color-scheme: light; }
    html { background: #fff; color: #111; }
    body {
      font-family: Charter, "Bitstream Charter", Georgia, Cambria, "Liberation Serif", "DejaVu Serif", "Times New Roman", serif;
      font-size: 11pt; line-height: 1.45; max-width: 40em; margin: 2em auto; padding: 0 1.5em;
    }
    h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 0.2em; }
    h2 { font-size: 1.5em; line-height: 1.25; margin: 2.2em 0 0.4em; padding-bottom: 0.15em; border-bottom: 1px solid #999; }
    h3 { font-size: 1.15em; line-height: 1.3; margin: 1.5em 0 0.3em; }
    h4 { font-size: 1em; font-style: italic; font-weight: normal; margin: 1.1em 0 0.3em; }
    p { margin: 0.5em 0; }
    .publication { font-style: italic; margin-top: 0; }
    .credit { font-size: 0.9em; color: #333; }
    .question { font-style: italic; color: #333; margin-top: 0; }
    figure.quotation { margin: 0.9em 0 0.9em 1.2em; padding-left: 0.9em; border-left: 3px solid #888; }
    figure.quotation blockquote { margin: 0; }
    figure.quotation blockquote p { margin: 0.3em 0; }
    figure.quotation figcaption { font-size: 0.9em; color: #333; margin-top: 0.3em; }
    .figures .label { font-weight: bold; margin: 0.8em 0 0.2em; }
    .figures ul { margin: 0.2em 0 0.8em; padding-left: 1.4em; }
    .figures li { margin: 0.15em 0; }
    table { border-collapse: collapse; width: 100%; margin: 0.5em 0; font-size: 0.95em; }
    th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
    thead th { background: #eee; }
    tbody th { font-weight: normal; width: 34%; }
    ol.footnotes { list-style: none; padding-left: 0; font-size: 0.9em; }
    ol.footnotes li { margin: 0.35em 0; padding-left: 2.6em; }
    ol.footnotes .label { float: left; width: 2.6em; margin-left: -2.6em; }
    sup.marker { font-size: 0.75em; line-height: 0; }
    a { color: #1a4f8b; }
    a.back { text-decoration: none; }
    dl.terms dt { font-weight: bold; margin-top: 0.7em; }
    dl.terms dd { margin: 0.1em 0 0 1.2em; }
    @page { margin: 2cm 2cm 2.2cm; }
    @media print {
      html, body { background: #fff; color: #000; }
      body { max-width: none; margin: 0; padding: 0; }
      .part { break-before: page; page-break-before: always; }
      .front + .part { break-before: auto; page-break-before: auto; }
      h2 { margin-top: 0; }
      .front + .part h2 { margin-top: 1.5em; }
      h2, h3, h4, .question, .figures .label { break-after: avoid; page-break-after: avoid; }
      figure.quotation, .figures, .grid, .questions, tr, ol.footnotes li, dl.terms dt, dl.terms dd { break-inside: avoid; page-break-inside: avoid; }
      p, li { orphans: 3; widows: 3; }
      a { color: inherit; text-decoration: none; }
      a.back { display: none; }
    }
    """
}
