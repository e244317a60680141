import ArgumentParser
import DebateMap

/// `debatemap show ID`: an essay, a topic, a position (`essay/topic`) or a claim.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an essay, a topic, a position (essay/topic) or a claim, with quote, source and relations.")

    /// `show` prints a claim as a citation in Markdown too.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "An essay id, a topic id, a position id (essay/topic) or a claim id.")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "text for people, json for scripts (see docs/json.md), markdown: a claim with its quote and citation.")
    var format: Format = .text

    @Option(help: "Colour the stances: auto (on a terminal, unless NO_COLOR is set or TERM is dumb or unset), always, never.")
    var color: ColorPolicy = .auto

    func run() throws {
        let c = try corpus.loadValid()
        let target = try IDLookup.resolve(id, in: c)
        switch format {
        case .json:
            Output.print(JSONShapes.encode(JSONShapes.show(c, target)))
        case .text:
            Output.print(OutputOptions.reports(c, color: color).show(target))
        case .markdown:
            guard case .claim(let claim) = target else {
                throw ValidationError("--format markdown shows a claim as a citation; \(SafeText.clean(id)) is not a claim")
            }
            Output.print(Citation(corpus: c, claim: claim).markdown)
        }
    }
}
