import ArgumentParser
import DebateMap
import DebateMapBrowser
import DebateMapTerminal
import Foundation

/// `debatemap [FILE…]`: the full-screen browser; an indented outline when not on a terminal.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser (the default). Prints an outline when standard output is not a terminal.")

    @Argument(help: "Map files or corpus folders to open (default: --data, $DEBATEMAP_DATA, or the built-in corpus).")
    var paths: [String] = []

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Draw with ASCII characters only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Colour the stances: auto (unless NO_COLOR is set or TERM is dumb or unset), always, never.")
    var color: ColorPolicy = .auto

    /// How many texts the search looks at per keystroke and per step between keys: small
    /// values make the end-to-end tests see, on the small seed corpus, a search finishing
    /// between keys as it does on a very large one.
    @Option(help: .hidden)
    var searchSlice: Int?

    func run() throws {
        // Progress where the reader looks: the terminal the browser will take.
        let result = corpus.load(paths: paths, progressOn: Output.stdoutIsTerminal ? STDOUT_FILENO : STDERR_FILENO)
        if result.hasErrors {
            // Show what could be read, and say what could not.
            Output.error(DiagnosticPrinter(sources: result.sources).format(result.diagnostics.filter { $0.severity == .error }))
        }
        let useASCII = ascii || !TerminalEnvironment.localeIsUTF8()
        let fullScreen = TerminalEnvironment.cannotDrawFullScreen(term: ProcessInfo.processInfo.environment["TERM"])
        if !Output.stdoutIsTerminal || fullScreen != nil {
            // A terminal that cannot draw a screen gets the outline, and one line on why,
            // never a frozen screen.
            if let why = fullScreen {
                Output.error("debatemap: \(why): the outline follows; for the browser, run it in a terminal such as xterm (TERM=xterm-256color)")
            }
            Output.print(Outline.text(corpus: result.corpus, ascii: useASCII))
            if result.hasErrors { throw ExitCode(1) }
            return
        }
        let colour = Output.useColor(color)
        let config = ConfigFile.load()
        config.report()
        var browser = Browser(corpus: result.corpus, options: BrowserOptions(ascii: useASCII, color: colour, theme: config.theme, keys: config.keys))
        if let searchSlice { browser.searchSlice = max(1, searchSlice) }
        // What went wrong is shown where the reader is, not only after quitting.
        // The configuration file's problems with the corpus's.
        var sources = result.sources
        if let path = config.path { sources[path] = config.bytes }
        browser.report(Problems(result.diagnostics + config.diagnostics, sources: sources))
        let signal: Int32
        // Map files named, or a folder: followed, read again when they change on disk.
        let followed = paths.isEmpty ? corpus.folder.map { [$0] } ?? [] : paths
        if followed.isEmpty {
            signal = try TerminalUI.run(&browser, options: TerminalOptions(color: colour))
        } else {
            let format = corpus.from
            var app = FollowedBrowser(browser, following: followed) { CorpusLoader.load(paths: followed, format: format) }
            signal = try TerminalUI.run(&app, options: TerminalOptions(color: colour))
        }
        // Stopped by a signal: exit as the shell expects (128 + its number), terminal restored.
        if signal != 0 { throw ExitCode(128 + signal) }
        if result.hasErrors { throw ExitCode(1) }
    }
}
