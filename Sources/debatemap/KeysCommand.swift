import ArgumentParser
import DebateMapBrowser

/// `debatemap keys`: the browser's keys, view by view, from the table the browser itself uses.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "List the browser's keys, view by view.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    @Option(help: "text for people, markdown for documentation.")
    var format: Format = .text

    func run() throws {
        Output.print(format == .markdown ? KeyReference.markdown() : KeyReference.text() + "\n")
    }
}
