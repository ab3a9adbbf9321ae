/// The one stylesheet every report inlines in its `<style>` element.
///
/// It contains no `<`, `>` or `&` (so it is the same text whether read as HTML raw text or as
/// XML), sets A4 pages with `@page`, keeps rows, quotes and charts whole when printing, and never
/// relies on colour alone: cells carry a number and a symbol, below-level cells are also hatched,
/// above-level cells bold, failed hurdles framed with a thick border and a cross.
enum Stylesheet {
    static let css: StaticString = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt;
          line-height: 1.4; color: #111; background: #fff; margin: 0 auto; padding: 12px 18px; max-width: 200mm; }
        h1 { font-size: 17pt; margin: 0 0 4px; }
        h2 { font-size: 13pt; margin: 18px 0 6px; padding-bottom: 2px; border-bottom: 2px solid #333; }
        h3 { font-size: 11pt; margin: 12px 0 4px; }
        h4 { font-size: 10pt; margin: 8px 0 3px; }
        p { margin: 4px 0; }
        .person { unicode-bidi: isolate; overflow-wrap: anywhere; }
        td, th, li, dd, blockquote, h1, h2, h3 { overflow-wrap: anywhere; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
        dl.facts dt { font-weight: bold; color: #333; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 9pt; }
        th, td { border: 1px solid #888; padding: 3px 5px; text-align: left; vertical-align: top; }
        thead th { background: #e8e8e8; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .cell { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .cell.below { background-color: #f4cccc;
          background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgba(0, 0, 0, 0.14) 3px 4px); }
        .cell.at { background-color: #fff2cc; }
        .cell.above { background-color: #d9ead3; font-weight: bold; }
        .cell.none { color: #777; }
        .cell.unassessed { color: #555; font-style: italic; }
        .sym { font-size: 8pt; margin-left: 2px; }
        .flag { color: #a00; font-weight: bold; margin-left: 2px; }
        .consensus-mark { color: #036; font-weight: bold; margin-left: 2px; }
        .legend { font-size: 8.5pt; color: #333; }
        .legend span { margin-right: 10px; white-space: nowrap; }
        .verdict { border: 2px solid #333; padding: 6px 10px; margin: 6px 0; }
        .verdict.pass { border-style: solid; }
        .verdict.fail { border-width: 4px; border-style: double; }
        .verdict.open { border-style: dashed; }
        .verdict strong { font-size: 12pt; }
        .big { font-size: 16pt; font-weight: bold; }
        .muted { color: #555; }
        .warning { border-left: 4px solid #a00; padding-left: 6px; }
        blockquote.evidence { margin: 4px 0 6px 12px; padding: 2px 8px; border-left: 3px solid #777; font-style: italic; }
        blockquote.evidence footer { font-style: normal; font-size: 8.5pt; color: #444; }
        .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8pt; overflow-wrap: anywhere; }
        figure { margin: 6px 0; }
        figcaption { font-size: 8.5pt; color: #333; }
        svg { max-width: 100%; height: auto; }
        svg text { font-family: "DejaVu Sans", Arial, sans-serif; fill: #111; }
        .radar .ring { fill: none; stroke: #bbb; stroke-width: 0.6; }
        .radar .spoke { stroke: #bbb; stroke-width: 0.6; }
        .radar .radar-required { fill: none; stroke: #333; stroke-width: 1.6; stroke-dasharray: 5 3; }
        .radar .radar-score { fill: rgba(40, 90, 160, 0.22); stroke: #1f4e8c; stroke-width: 1.8; }
        .radar .radar-point { fill: #1f4e8c; stroke: #fff; stroke-width: 0.8; }
        .radar .radar-point.missing { fill: #fff; stroke: #1f4e8c; stroke-width: 1.2; }
        .radar .label { font-size: 9px; }
        .radar .tick { font-size: 7px; fill: #666; }
        .disc-graph .axis, .interval .axis { stroke: #444; stroke-width: 0.8; }
        .disc-graph .grid { stroke: #ccc; stroke-width: 0.5; }
        .disc-graph .disc-bar { fill: #4d6f99; stroke: #222; stroke-width: 0.6; }
        .disc-graph .disc-bar.negative { fill: #c9d6e6; }
        .disc-graph text { font-size: 9px; }
        .interval .range { stroke: #1f4e8c; stroke-width: 3; }
        .interval .point { fill: #1f4e8c; stroke: #fff; stroke-width: 0.8; }
        .interval text { font-size: 7px; fill: #555; }
        .circumplex .ring { fill: none; stroke: #999; stroke-width: 0.8; }
        .circumplex .target { fill: none; stroke: #333; stroke-width: 1.5; stroke-dasharray: 3 2; }
        .circumplex .me { fill: #1f4e8c; }
        .circumplex text { font-size: 8px; }
        .charts { display: flex; flex-wrap: wrap; gap: 12px; }
        .tick-yes { font-weight: bold; }
        .tick-no { color: #777; }
        .rule-fail { font-weight: bold; }
        ul.reports li { margin: 2px 0; }
        footer.page-footer { margin-top: 18px; border-top: 1px solid #999; font-size: 8pt; color: #555; }
        table.answers td:nth-child(1) { width: 34%; }
        table.answers td:nth-child(2) { width: 24%; }
        table.answers td:nth-child(3) { width: 42%; }
        table.answers ul.checklist { margin: 0; padding-left: 0; list-style: none; font-size: 8pt; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { font-size: 9.5pt; max-width: none; padding: 0; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          tr, blockquote, figure, .verdict, .keep { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          table.answers { font-size: 8pt; }
          section.stage { break-before: auto; }
          a { color: inherit; text-decoration: none; }
        }
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
        .index-report td.retention .person, .index-report td .when .person { white-space: nowrap; }
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
