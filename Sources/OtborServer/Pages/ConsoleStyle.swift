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
        @media (max-width: 40rem) { table.candidates th:nth-child(3), table.candidates td.profiles { display: none; } }
        """
}
