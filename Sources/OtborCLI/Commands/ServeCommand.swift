import ArgumentParser
import Foundation
import Logging
import OtborCore
import OtborServer
import OtborServices
import OtborStore

/// `otbor serve`: the web console for the team, over the campaign database.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web console: sign-in, the candidates, interviews and the JSON API under /api/v1.",
        discussion: """
            Prints `Otbor is serving http://HOST:PORT/` as its first line (with --port 0, the port the system \
            picked; always in English, for scripts), a note in the language of --lang, then one log line per request on standard error (method, route, status, time; no names, \
            no query strings). Listens on 127.0.0.1 unless --host says otherwise; anything but loopback should \
            sit behind a TLS proxy (then give --secure-cookies). Accounts come from `otbor users add`; interviews \
            start from the workspace's profiles and guides (a workspace with errors is refused). \
            Ctrl-C or SIGTERM stops it after the requests in progress.
            """)

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port; 0 picks a free one.", valueName: "port"))
    var port = 8080

    @Flag(name: .customLong("secure-cookies"), help: "Mark cookies Secure: the console is reached over HTTPS (a TLS proxy in front).")
    var secureCookies = false

    @OptionGroup var language: LanguageOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: StoreOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError(language.wording(.portRange)) }
    }

    func run() async throws {
        let words = language.wording
        let library = try workspace.library(words: words)
        let store = try database.open(workspace: workspace)
        try await Self.serve(store: store, library: library, host: host, port: port, secureCookies: secureCookies, words: words)
    }

    /// Serves the console over `store` until Ctrl-C or SIGTERM; `started` gets the address once
    /// listening (`http://HOST:PORT/`), after the two fixed lines.
    static func serve(
        store: any CampaignStore, library: ContentLibrary, host: String, port: Int, secureCookies: Bool, words: ConsoleWording,
        started: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws {
        if try await store.accounts().isEmpty {
            Printer.error(words(.noteLine, ["message": words(.serveNoAccounts)]))
        }
        if !ConsoleSettings.isLoopback(host) {
            Printer.error(words(.warningLine, ["message": words(.serveReachable, ["host": host])]))
        }
        let logger = Logger(label: "otbor.serve") { label in StreamLogHandler.standardError(label: label) }
        let settings = ConsoleSettings(host: host, port: port, secureCookies: secureCookies)
        let host = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        // The first line is fixed, in English, for the scripts that read it; the second follows --lang.
        let app = try await buildApplication(store: store, library: library, settings: settings, logger: logger) { port in
            Printer.print("Otbor is serving http://\(host):\(port)/")
            Printer.print(words(.serveOpen, ["address": "http://\(host):\(port)/"]))
            started("http://\(host):\(port)/")
        }
        try await app.runService()
    }
}
