import ArgumentParser
import DebateMapBrowser

/// `debatemap keys`: the browser's keys in force (the configuration file's, if it rebinds
/// any), view by view, from the table the browser itself uses.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "List the browser's keys, view by view.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    @Option(help: "text for people, markdown for documentation.")
    var format: Format = .text

    func run() throws {
        let config = ConfigFile.load()
        config.report()
        Output.print(format == .markdown ? KeyReference.markdown(config.keys) : KeyReference.text(config.keys) + "\n")
    }
}
