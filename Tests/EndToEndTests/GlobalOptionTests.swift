import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// Options that apply to every command work before the subcommand in the browser too:
    /// `debatemap --data DIR browse` opens that corpus.
    @Suite struct GlobalOptionTests {
        @Test func dataBeforeTheSubcommandOpensThatCorpus() throws {
            let tmux = try EndToEnd.browse("--data \(Fixtures.harbourFolder) browse", showing: ["Tram"])
            defer { tmux.stop() }
            #expect(tmux.capture().contains("Tram"), "\(tmux.capture())")
            #expect(!tmux.capture().contains("Asylum"))
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }
    }
}
