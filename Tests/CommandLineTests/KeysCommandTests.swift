import Foundation
import Testing

/// `debatemap keys`: the browser's key table, as the README and a user read it.
struct KeysCommandTests {
    @Test func textListsEveryViewWithItsKeys() throws {
        let run = try Debatemap.run(["keys"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let views = run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(views == ["Tree", "Search prompt (/)", "Filter prompt (&)", "Opposing claims picker (O)", "Versus (v)", "Clashes (x)", "Reader (r)", "Matrix (m)", "Documents (m, over imported files)", "Problems (!)", "Help (?)"])
        // Keys and descriptions line up in one column per view.
        #expect(run.stdout.contains("\n  o       jump to a claim of another essay that opposes this one; again: the next\n"))
        #expect(run.stdout.contains("\n  x       clashes: where the essays disagree, pair by pair\n"))
        #expect(run.stdout.contains("\n  [ Bksp  back in the jump history\n"))
        #expect(run.stdout.contains("\n  n       next match of the search; without one, the next quoted passage\n"))
    }

    @Test func markdownIsOneTablePerView() throws {
        let run = try Debatemap.run(["keys", "--format", "markdown"])
        #expect(run.status == 0)
        #expect(run.stdout.components(separatedBy: "| key | does |").count - 1 == 11)
        #expect(run.stdout.contains("**Tree**\n\n| key | does |\n|---|---|\n| `j` `↓` | next row |\n"))
        #expect(run.stdout.contains("| `[` `Bksp` | back in the jump history |"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let run = try Debatemap.run(["keys", "--format", "html"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("html"))
    }
}
