import OtborHTML

/// The console's stylesheet, served at ``path`` (allowed by `style-src 'self'`). Controls are at
/// least 44 px high for touch.
enum ConsoleStyle {
    static let path = SameOriginPath("/static/console.css")!

    static let css = """
        :root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #d5dae3; --accent: #1f5fbf; --alert: #a4262c; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f7f8fa; }
        .app-header { background: #fff; border-bottom: 1px solid var(--line); }
        .app-nav { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; align-items: center; padding: 0.5rem 1.25rem; }
        .app-nav a { color: var(--accent); min-height: 44px; display: inline-flex; align-items: center; }
        .app-nav .app-name { font-weight: 700; color: var(--ink); text-decoration: none; margin-right: auto; }
        .signed-in { color: var(--muted); }
        .app-main { max-width: 72rem; margin: 0 auto; padding: 1.25rem; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
        form.sign-in { display: grid; gap: 0.5rem; max-width: 24rem; }
        input[type=text], input[type=password] { font: inherit; min-height: 44px; padding: 0.5rem 0.75rem; border: 1px solid var(--line); border-radius: 6px; }
        button { font: inherit; min-height: 44px; padding: 0.5rem 1.25rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
        form.sign-out button { background: transparent; color: var(--accent); padding: 0 0.5rem; }
        :focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
        .alert { color: var(--alert); font-weight: 600; }
        .note, .summary { color: var(--muted); }
        table.candidates { width: 100%; border-collapse: collapse; background: #fff; }
        table.candidates th, table.candidates td { text-align: left; padding: 0.6rem 0.75rem; border-bottom: 1px solid var(--line); }
        table.candidates td.id { font-variant-numeric: tabular-nums; width: 4rem; }
        select { font: inherit; min-height: 44px; padding: 0.4rem 0.6rem; border: 1px solid var(--line); border-radius: 6px; max-width: 100%; background: #fff; }
        h2 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
        .start-form { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; max-width: 36rem; margin-bottom: 1.5rem; }
        .start-form select { width: 100%; }
        .start-form button { justify-self: start; }
        .interview-list { padding-left: 1.25rem; }
        .interview-list a { display: inline-flex; min-height: 44px; align-items: center; }
        .id { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
        .toolbar { display: flex; flex-wrap: wrap; gap: 0.25rem 2rem; align-items: center; position: sticky; top: 0; z-index: 1; background: #f7f8fa; border-bottom: 1px solid var(--line); }
        .toolbar p { margin: 0.4rem 0; }
        .timer output { font-variant-numeric: tabular-nums; font-weight: 600; }
        .timer output.overrun { color: var(--alert); }
        .save-status { color: #1d6b34; min-height: 1.5em; }
        .save-status.failed { color: var(--alert); font-weight: 600; }
        .keys { font-size: 0.9rem; }
        .step-index ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem; padding: 0; margin: 0.75rem 0; }
        .step-index a { display: inline-flex; min-width: 44px; min-height: 44px; align-items: center; justify-content: center; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink); text-decoration: none; font-variant-numeric: tabular-nums; }
        .step-index a.answered { background: #e3f2e7; border-color: #8fc79e; }
        .step-index a.closed:not(.answered) { border-style: dashed; color: var(--muted); background: transparent; }
        .step-index a.current { border-color: var(--accent); box-shadow: inset 0 0 0 2px var(--accent); }
        .step { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
        .alternate-note { margin: 0 0 0.5rem; padding: 0.25rem 0.6rem; border-left: 3px solid var(--accent); color: var(--muted); }
        .alternate-note.closed { border-left-color: var(--line); font-style: italic; }
        .step h2 { font-size: 1rem; font-weight: 600; color: var(--muted); margin: 0 0 0.5rem; }
        .js .interview .step:not(.current) { display: none; }
        .item-title { font-weight: 600; margin: 0.25rem 0; }
        .brief { color: var(--muted); }
        fieldset { border: 0; padding: 0; margin: 0 0 0.75rem; min-width: 0; }
        legend { font-weight: 600; font-size: 1.15rem; padding: 0; margin-bottom: 0.5rem; }
        .checks, .competencies { margin: 0 0 0.5rem; }
        .competencies { color: var(--muted); font-size: 0.95rem; }
        .choice { display: flex; gap: 0.75rem; align-items: flex-start; min-height: 44px; padding: 0.55rem 0.75rem; margin: 0.35rem 0; border: 1px solid var(--line); border-radius: 6px; background: #fff; cursor: pointer; }
        .choice:has(input:checked) { border-color: var(--accent); background: #eaf1fc; }
        .choice input { flex: none; width: 1.35rem; height: 1.35rem; margin: 0.1rem 0 0; accent-color: var(--accent); }
        .choice .key { flex: none; min-width: 1rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .sign.positive { color: #1d6b34; font-weight: 700; }
        .sign.negative { color: var(--alert); font-weight: 700; }
        .note-label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
        textarea { display: block; width: 100%; font: inherit; padding: 0.5rem 0.75rem; border: 1px solid var(--line); border-radius: 6px; min-height: 5rem; }
        .step-actions { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: center; margin-top: 1rem; }
        .step-actions a { display: inline-flex; min-height: 44px; align-items: center; padding: 0 0.5rem; color: var(--accent); }
        .sitting-form { display: inline; }
        button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
        .paused { border-left: 4px solid #f2b705; padding: 0.25rem 1rem; background: #fff; margin: 0.75rem 0; }
        .plan-table { width: 100%; border-collapse: collapse; }
        .plan-table th, .plan-table td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); font-weight: normal; }
        .plan-table thead th { font-weight: 600; }
        .plan-table input { width: 5.5rem; min-height: 44px; font: inherit; padding: 0.3rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; }
        .red-flags button { margin-top: 0.5rem; }
        .gaps li { min-height: 44px; }
        .gaps a { display: inline-flex; min-height: 44px; align-items: center; }
        table.data { width: 100%; border-collapse: collapse; background: #fff; margin-bottom: 1rem; }
        table.data th, table.data td { text-align: left; vertical-align: top; padding: 0.6rem 0.75rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
        table.data .id { overflow-wrap: break-word; }
        table.data td.num { font-variant-numeric: tabular-nums; }
        .sitting-switcher { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; margin: 0 0 1rem; }
        .sitting-switcher a, .sitting-switcher strong { min-height: 44px; display: inline-flex; align-items: center; }
        table.board .summary { display: block; font-weight: 400; color: var(--muted); }
        table.board td.status[data-status=submitted] { color: #1d6b35; font-weight: 600; }
        table.board td.status[data-status=paused] { color: var(--alert); }
        .reminders { border-left: 4px solid var(--alert); background: #fff; padding: 0.25rem 1rem; margin-bottom: 1.25rem; }
        .reminders h2 { margin-top: 0.5rem; }
        .reminders a { display: inline-flex; min-height: 44px; align-items: center; }
        .sitting-timer { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; margin-bottom: 1rem; }
        .sitting-timer p { margin: 0; }
        .sitting-timer output { font-variant-numeric: tabular-nums; font-weight: 600; }
        .sitting-timer output.overrun { color: var(--alert); }
        table.board .conflict { display: block; color: var(--muted); font-style: italic; }
        details.conflict { margin-top: 1.5rem; }
        details.conflict summary { min-height: 44px; display: flex; align-items: center; cursor: pointer; color: var(--muted); }
        .conflict-form { display: grid; gap: 0.5rem; max-width: 28rem; }
        .conflict-form button { justify-self: start; }
        table.board .overdue { display: block; color: var(--alert); font-weight: 600; }
        table.board td.answered { font-variant-numeric: tabular-nums; }
        a.button-link { display: inline-flex; min-height: 44px; align-items: center; padding: 0.5rem 1.25rem; border-radius: 6px; background: var(--accent); color: #fff; text-decoration: none; }
        table.sittings .overdue { display: block; color: var(--alert); font-weight: 600; }
        table.sittings td { vertical-align: middle; }
        table.sittings .when { white-space: nowrap; }
        table.sittings .summary { display: block; color: var(--muted); }
        table.setup td.tick { text-align: center; vertical-align: middle; padding: 0; }
        table.setup td.tick label { display: flex; min-height: 44px; min-width: 44px; align-items: center; justify-content: center; cursor: pointer; }
        table.setup input[type=checkbox] { width: 1.4rem; height: 1.4rem; margin: 0; }
        table.setup .conflict { color: var(--muted); font-style: italic; font-size: 0.9em; }
        .setup-form button { margin-top: 0.5rem; }
        .stage-form { max-width: 48rem; }
        table.setup thead .login { display: block; font-weight: 400; color: var(--muted); font-size: 0.9em; }
        .board-status a { display: inline-flex; min-height: 44px; align-items: center; }
        table.data td a, table.candidates td.name a, .pager a { display: inline-flex; min-height: 44px; align-items: center; }
        .consensus-form, .decision-form { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; max-width: 36rem; margin-bottom: 1.5rem; }
        .consensus-form button, .decision-form button { justify-self: start; }
        .start-form input { width: 100%; }
        form.inline { margin: 0; }
        .pager { display: flex; gap: 1.5rem; }
        table.board .washup-link { font-weight: 600; }
        .table-scroll { overflow-x: auto; }
        table.washup tr.flagged th { border-left: 4px solid var(--alert); }
        table.washup .flag { display: block; color: var(--alert); font-weight: 600; font-size: 0.9rem; }
        table.washup .rating { display: block; font-size: 1.25rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        table.washup ul.evidence { margin: 0.25rem 0 0; padding-left: 1.1rem; font-size: 0.95rem; }
        table.washup .consensus-form { margin: 0; min-width: 14rem; }
        @media (max-width: 60rem) {
          table.washup thead { display: none; }
          table.washup, table.washup tbody, table.washup tr, table.washup th, table.washup td { display: block; width: 100%; }
          table.washup tr { border-bottom: 2px solid var(--line); padding: 0.25rem 0; }
          table.washup td { border: 0; padding: 0.35rem 0.75rem; }
          table.washup td::before { content: attr(data-label); display: block; color: var(--muted); font-size: 0.9rem; }
          table.washup .consensus-form { min-width: 0; }
        }
        .washup-links { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
        .washup-links a { display: inline-flex; min-height: 44px; align-items: center; }
        @media (max-width: 40rem) { table.candidates th:nth-child(3), table.candidates td.profiles { display: none; } }
        """
}
