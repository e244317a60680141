import ArgumentParser

/// `debatemap`: browse and query argument maps. With no subcommand it opens the browser.
@main
struct DebateMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debatemap",
        abstract: "Browse what essays hold on a question, why, in their own words, and who disagrees.",
        discussion: """
            With no subcommand, opens the full-screen browser on the built-in corpus (or on \
            --data DIR, DEBATEMAP_DATA, or the map files given). When standard output is not \
            a terminal, prints the map as an indented outline instead.

            Exit status: 0 ok, 1 the corpus has errors, 2 usage errors.
            """,
        subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, MatrixCommand.self, OpposingCommand.self, ClashesCommand.self,
                      SearchCommand.self, CheckCommand.self, ExportCommand.self, KeysCommand.self],
        defaultSubcommand: BrowseCommand.self)

    /// As ArgumentParser's, except that usage errors exit with status 2, as documented, and a
    /// wrong id found while running (after the arguments parsed) is one `error:` line with the
    /// closest ids, not followed by the usage of the whole program.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Output.error(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            Output.error("error: " + error.message)
            exit(withError: ExitCode(2))
        } catch {
            exit(withError: error)
        }
    }
}
