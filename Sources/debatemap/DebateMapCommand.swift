import ArgumentParser
import DebateMap
import DebateMapTerminal
import Foundation
import Glibc

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
        version: "debatemap \(Version.current)",
        subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, MatrixCommand.self, OpposingCommand.self, ClashesCommand.self,
                      SearchCommand.self, CheckCommand.self, ExportCommand.self, KeysCommand.self],
        defaultSubcommand: BrowseCommand.self)

    /// As ArgumentParser's, except that usage errors exit with status 2, as documented, a
    /// wrong id found while running (after the arguments parsed) is one `error:` line with the
    /// closest ids, not followed by the usage of the whole program, and every message goes
    /// through `Output`, so an argument it echoes is made safe and a failed write is an error.
    static func main() {
        Output.holdStandardDescriptors()
        TerminalSignals.quitByDefault()
        var command: ParsableCommand
        do {
            command = try parseAsRoot(corpusOptionsAfterCommand(Array(CommandLine.arguments.dropFirst())))
        } catch {
            finish(with: error, usage: exitCode(for: error) == .validationFailure)
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            Output.error("error: " + error.message)
            Glibc.exit(2)
        } catch {
            finish(with: error, usage: false)
        }
    }

    /// `debatemap --data DIR matrix …`: the options that choose the corpus (`--data`, `--from`),
    /// which every command reading a corpus takes, may come before the command's name too;
    /// they are moved after it. Anything else is left as it is.
    static func corpusOptionsAfterCommand(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var k = 0
        while k < arguments.count {
            let argument = arguments[k]
            if argument == "--data" || argument == "--from", k + 1 < arguments.count {
                leading += [argument, arguments[k + 1]]
                k += 2
            } else if argument.hasPrefix("--data=") || argument.hasPrefix("--from=") {
                leading.append(argument)
                k += 1
            } else {
                break
            }
        }
        let names = Set(configuration.subcommands.map { $0.configuration.commandName ?? "" })
        guard !leading.isEmpty, k < arguments.count, names.contains(arguments[k]) else { return arguments }
        return [arguments[k]] + leading + arguments[(k + 1)...]
    }

    /// Says what `error` means (help on standard output, anything else on standard error) and
    /// exits with its status, 2 for a usage error.
    private static func finish(with error: Error, usage: Bool) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { Output.print(SafeText.clean(message, keepNewlines: true) + "\n") }
            Glibc.exit(0)
        }
        if !message.isEmpty { Output.error(message) }
        Glibc.exit(usage ? 2 : code.rawValue)
    }
}
