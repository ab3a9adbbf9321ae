/// The one stylesheet every report inlines in its `<style>` element.
///
/// It contains no `<`, `>` or `&` (so it is the same text whether read as HTML raw text or as
/// XML). The general rules come first: one accent colour (`--accent`), a small type scale, tables
/// with right-aligned tabular numbers, words that wrap only between words (a long unbroken token
/// such as a URL or an id may break where it must, `overflow-wrap: break-word`), and print rules
/// for A4: page-margin boxes with the running header and "page / pages", headings kept with what
/// follows, table rows, quotes and charts never split. Colour is never the only signal: cells
/// carry a number and a symbol, below-level cells are also hatched, above-level cells bold, failed
/// hurdles framed with a thick border and a cross. Rules for one report follow in blocks headed
/// by a comment naming it.
enum Stylesheet {
    static let css: StaticString = """
        :root { color-scheme: light; --accent: #1f4e8c; --accent-soft: #e9eef6; --ink: #1b1f24; --muted: #596170;
          --rule: #c7ccd4; --rule-soft: #e3e6eb; }
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt;
          line-height: 1.45; color: var(--ink); background: #fff; margin: 0 auto; padding: 16px 16px 24px; max-width: 200mm;
          overflow-wrap: break-word; hyphens: manual; }
        h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 8px; font-weight: bold; }
        h2 { font-size: 13.5pt; line-height: 1.25; margin: 26px 0 8px; padding-bottom: 3px; color: var(--accent);
          border-bottom: 1.5px solid var(--accent); }
        h3 { font-size: 11pt; line-height: 1.3; margin: 16px 0 5px; }
        h4 { font-size: 10pt; line-height: 1.3; margin: 10px 0 4px; }
        p { margin: 4px 0 6px; }
        ul { margin: 4px 0 8px; padding-left: 20px; }
        li { margin: 2px 0; }
        a { color: var(--accent); }
        .person { unicode-bidi: isolate; }
        dl.facts { display: grid; grid-template-columns: minmax(8em, max-content) minmax(0, 1fr); gap: 3px 14px; margin: 8px 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; min-width: 0; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 9pt; line-height: 1.35; }
        th, td { border: 1px solid var(--rule); padding: 3px 6px; text-align: left; vertical-align: top; }
        thead th { background: var(--accent-soft); font-weight: bold; vertical-align: bottom; }
        tbody th { font-weight: normal; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        thead th.num { white-space: normal; }
        .cell { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .cell.below { background-color: #f7d9d4;
          background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgba(0, 0, 0, 0.12) 3px 4px); }
        .cell.at { background-color: #fbf0cc; }
        .cell.above { background-color: #dcebd6; font-weight: bold; }
        .cell.none { color: var(--muted); text-align: center; }
        .cell.unassessed { color: var(--muted); font-style: italic; text-align: center; }
        .sym { font-size: 0.85em; margin-left: 2px; }
        .flag { color: #a1261b; font-weight: bold; margin-left: 2px; }
        .consensus-mark { color: var(--accent); font-weight: bold; margin-left: 2px; }
        .critical { color: var(--accent); }
        .context { color: var(--muted); }
        table.plan td, table.plan th { vertical-align: top; }
        table.plan .target { margin: 0.3em 0 0; font-size: 0.9em; }
        .legend { font-size: 8.5pt; color: var(--muted); }
        .legend span { margin-right: 14px; display: inline-block; }
        .verdict { border: 2px solid var(--ink); border-radius: 3px; padding: 6px 12px; margin: 8px 0; }
        .verdict.pass { border-style: solid; }
        .verdict.fail { border-width: 4px; border-style: double; }
        .verdict.open { border-style: dashed; }
        .verdict strong { font-size: 12pt; }
        .verdict ul { margin: 4px 0; }
        .big { font-size: 17pt; font-weight: bold; color: var(--accent); font-variant-numeric: tabular-nums; }
        .muted { color: var(--muted); }
        p.muted, .legend { font-size: 8.5pt; line-height: 1.4; }
        .warning { border-left: 4px solid #a1261b; padding-left: 8px; }
        .warning.caveat { border-left-color: var(--accent); background: var(--accent-soft); padding: 6px 10px; font-size: 9pt; }
        blockquote.evidence { margin: 6px 0 8px 12px; padding: 2px 10px; border-left: 3px solid var(--rule); font-style: italic; }
        blockquote.evidence p { margin: 2px 0; }
        blockquote.evidence footer { font-style: normal; font-size: 8.5pt; color: var(--muted); }
        .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8.5pt; white-space: nowrap; }
        figure { margin: 8px 0; }
        figcaption { font-size: 8.5pt; color: var(--muted); }
        svg { max-width: 100%; height: auto; }
        svg text { font-family: "DejaVu Sans", Arial, sans-serif; fill: var(--ink); }
        .charts { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: flex-end; }
        .tick-yes { font-weight: normal; }
        .tick-no { color: var(--muted); }
        .rule-fail { font-weight: bold; }
        ul.reports li { margin: 2px 0; }
        footer.page-footer { margin-top: 24px; padding-top: 4px; border-top: 1px solid var(--rule); font-size: 8pt; color: var(--muted); }
        .radar .ring { fill: none; stroke: #c3c8d0; stroke-width: 0.6; }
        .radar .spoke { stroke: #c3c8d0; stroke-width: 0.6; }
        .radar .leader { stroke: #9aa1ac; stroke-width: 0.6; }
        .radar .radar-required { fill: none; stroke: var(--ink); stroke-width: 1.6; stroke-dasharray: 5 3; }
        .radar .radar-score { fill: rgba(31, 78, 140, 0.2); stroke: var(--accent); stroke-width: 1.8; }
        .radar .radar-point { fill: var(--accent); stroke: #fff; stroke-width: 0.8; }
        .radar .radar-point.missing { fill: #fff; stroke: var(--accent); stroke-width: 1.2; }
        .radar .label { font-size: 11px; }
        .radar .tick { font-size: 8px; fill: var(--muted); }
        .disc-graph .axis, .interval .axis { stroke: #444; stroke-width: 0.8; }
        .disc-graph .grid { stroke: #ccc; stroke-width: 0.5; }
        .disc-graph .disc-bar { fill: var(--accent); stroke: #222; stroke-width: 0.6; }
        .disc-graph .disc-bar.negative { fill: #c9d6e6; }
        .disc-graph text { font-size: 9px; }
        .interval { vertical-align: middle; }
        .interval .range { stroke: var(--accent); stroke-width: 3; }
        .interval .point { fill: var(--accent); stroke: #fff; stroke-width: 0.8; }
        .interval text { font-size: 7px; fill: var(--muted); }
        .circumplex .ring { fill: none; stroke: #999; stroke-width: 0.8; }
        .circumplex .target { fill: none; stroke: #333; stroke-width: 1.5; stroke-dasharray: 3 2; }
        .circumplex .me { fill: var(--accent); }
        .circumplex text { font-size: 8px; }
        @page { size: A4; margin: 16mm 12mm 15mm;
          @top-left { content: "Otbor"; font: 8pt "DejaVu Sans", Arial, sans-serif; color: #596170; vertical-align: bottom;
            padding-bottom: 3mm; }
          @bottom-right { content: counter(page) " / " counter(pages); font: 8pt "DejaVu Sans", Arial, sans-serif; color: #596170;
            vertical-align: top; padding-top: 3mm; } }
        @media print {
          body { font-size: 9pt; max-width: none; padding: 0; }
          h1 { font-size: 17pt; }
          h2 { font-size: 12.5pt; margin-top: 18px; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          h2 + *, h3 + *, h4 + * { break-before: avoid; page-break-before: avoid; }
          tr, blockquote, figure, svg, dl.facts, .verdict, .keep { break-inside: avoid; page-break-inside: avoid; }
          p, li { orphans: 3; widows: 3; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
          footer.page-footer { break-inside: avoid; }
        }
        /* candidate report */
        .candidate-report #header h1 { margin-top: 2px; }
        .candidate-report #header p.muted { margin: 0; text-transform: uppercase; letter-spacing: 0.06em; font-size: 8pt; }
        .candidate-report #radar figure { display: flex; flex-direction: column; align-items: center; }
        .candidate-report #radar figcaption { align-self: stretch; text-align: center; }
        table.matrix { font-size: 8pt; }
        table.matrix th, table.matrix td { padding: 3px 2px; }
        table.matrix tbody th { min-width: 11em; }
        table.matrix th.stage-code { text-align: center; white-space: nowrap; }
        table.matrix th.total { white-space: nowrap; }
        table.matrix td.total, table.matrix .cell { padding-left: 2px; padding-right: 2px; }
        dl.stage-codes { display: grid; grid-template-columns: repeat(auto-fill, minmax(16em, 1fr)); gap: 1px 16px;
          margin: -4px 0 6px; font-size: 8.5pt; color: var(--muted); }
        dl.stage-codes div { display: flex; gap: 6px; }
        dl.stage-codes dt { font-weight: bold; color: var(--ink); min-width: 3.6em; white-space: nowrap; }
        dl.stage-codes dd { margin: 0; }
        table.stage-scores th[data-assessor] { font-weight: bold; }
        table.answers { table-layout: fixed; }
        table.answers col.step { width: 34%; }
        table.answers col.answer { width: 20%; }
        table.answers col.note { width: 46%; }
        table.answers tr.item th { background: #f4f5f7; font-weight: bold; }
        table.answers td.ticks p { margin: 0 0 2px; }
        table.answers ul.checklist { margin: 2px 0; padding-left: 0; list-style: none; font-size: 8pt; columns: 2 15em;
          column-gap: 16px; }
        table.answers ul.checklist li { margin: 0 0 2px; break-inside: avoid; }
        table.versions td.hash { width: 1%; }
        .candidate-report .session h3 { border-top: 1px solid var(--rule-soft); padding-top: 8px; }
        @media print {
          table.matrix { font-size: 7.5pt; }
          table.stage-scores { font-size: 7.5pt; }
          table.answers { font-size: 8pt; }
          table.answers ul.checklist { font-size: 7.5pt; }
          table.answers tr.item { break-after: avoid; page-break-after: avoid; }
          section.stage { break-before: auto; }
        }
        .id { font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 0.9em; color: #3a4150; }
        /* index dashboard */
        .index-report .counts { color: #333; margin: 2px 0 4px; }
        .index-report p.key { margin: 2px 0; font-size: 9pt; }
        .index-report p.key .term { font-weight: bold; margin-right: 8px; }
        .index-report p.key .item { margin-right: 14px; white-space: nowrap; }
        .index-report #legend p.muted { font-size: 9pt; }
        .index-report section.profile { margin-top: 14px; }
        .index-report p.reports { margin: 2px 0 6px; }
        .index-report p.reports a, .index-report table.dashboard td.name a { color: #1f4e8c; }
        .index-report .stage-key-title { font-size: 8.5pt; color: #333; margin: 6px 0 2px; }
        .index-report ol.stage-key { list-style: none; margin: 0 0 4px; padding: 0; font-size: 8.5pt; color: #333; }
        .index-report ol.stage-key li { display: inline-block; margin: 0 12px 2px 0; }
        .index-report .code { display: inline-block; min-width: 1.3em; font-weight: bold; text-align: center;
          font-variant-numeric: tabular-nums; }
        .index-report ol.stage-key .code { border: 1px solid #1f4e8c; border-radius: 3px; color: #1f4e8c; }
        .index-report table.dashboard th, .index-report table.dashboard td { vertical-align: middle; overflow-wrap: break-word; }
        .index-report table.dashboard th.score { text-align: right; }
        .index-report table.dashboard th .sub { display: block; font-weight: normal; font-size: 8pt; white-space: nowrap; }
        .index-report ol.pipeline { display: flex; flex-wrap: nowrap; gap: 2px; list-style: none; margin: 0; padding: 0; }
        /* On paper a long process's stages go on a second line rather than widen the page. */
        @media print { .index-report ol.pipeline { flex-wrap: wrap; } }
        .index-report ol.pipeline li { display: flex; flex-direction: column; align-items: center; width: 1.9em;
          padding: 1px 0; border: 1px solid #1f4e8c; border-radius: 3px; font-size: 7.5pt; line-height: 1.15; }
        .index-report ol.pipeline .code { min-width: 0; }
        .index-report ol.pipeline .mark { font-size: 8.5pt; }
        .index-report .stage.done { background: #dbe5f1; color: #0f2d55; }
        .index-report .stage.in-progress { border-style: dashed; color: #1f4e8c; }
        .index-report .stage.not-started { border: 1px dotted #999; color: #666; }
        .index-report .stage-mark { font-weight: bold; }
        .index-report .stage-mark.done, .index-report .stage-mark.in-progress { color: #1f4e8c; }
        .index-report .stage-mark.not-started { color: #666; }
        .index-report td.hurdle { white-space: nowrap; }
        .index-report td.hurdle.fail { font-weight: bold; }
        .index-report td.hurdle.open { color: #444; }
        .index-report td.score .s100 { display: block; font-weight: bold; }
        .index-report td.score .ci, .index-report td .when { display: block; font-size: 8pt; color: #555; }
        .index-report td .when .person { white-space: nowrap; }
        .index-report td.retention.overdue { font-weight: bold; }
        /* comparison report */
        body.comparison-report th, body.comparison-report td, body.comparison-report .person,
        body.raters-report th, body.raters-report td, body.raters-report .person {
          overflow-wrap: normal; word-break: normal; hyphens: manual; }
        body.comparison-report .lead, body.raters-report .lead { font-size: 11.5pt; margin: 2px 0 6px; }
        body.comparison-report tbody th, body.raters-report tbody th { font-weight: normal; }
        table.alpha, table.leniency, table.drift { width: auto; min-width: 60%; }
        td.hurdle-status { white-space: normal; }
        table.ranking td.hurdle-status, table.hurdles td.hurdle-status { white-space: nowrap; }
        table.ranking th[scope=row] { width: 26%; }
        table.ranking thead th.num { white-space: normal; }
        table.hurdles th[scope=row] { width: 20%; }
        table.hurdles td:nth-child(n+3), table.hurdles thead th:nth-child(n+3) { width: 23%; }
        td.hurdle-status.fail { font-weight: bold; }
        td.hurdle-status.open { font-style: italic; }
        table.ranking td.interval-cell { white-space: nowrap; }
        table.ranking svg.interval { display: block; width: 100px; max-width: none; }
        table.ranking .interval-text { display: block; font-size: 8pt; color: #444; font-variant-numeric: tabular-nums; }
        table.hurdles td.none { color: #777; }
        .matrix-block { break-inside: avoid; page-break-inside: avoid; margin: 12px 0 16px; }
        #matrix h2 { break-after: avoid; page-break-after: avoid; }
        body.comparison-report tbody tr:last-child, body.raters-report tbody tr:last-child { break-before: avoid; page-break-before: avoid; }
        table.comparison { font-size: 8.5pt; margin: 0; }
        table.comparison caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 3px; }
        table.comparison th, table.comparison td { padding: 3px 4px; }
        table.comparison thead th { vertical-align: bottom; }
        table.comparison th.candidate-column { width: 10%; text-align: center; font-weight: normal; }
        table.comparison th.narrow { width: 2em; }
        table.comparison .rank-mark { font-weight: normal; color: #555; }
        table.comparison tr.summary th, table.comparison tr.summary td { background: #f3f5f8; }
        table.comparison tr.summary td { text-align: center; }
        table.comparison .critical { white-space: nowrap; }
        """
}
